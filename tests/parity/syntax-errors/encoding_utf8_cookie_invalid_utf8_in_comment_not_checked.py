# coding: utf-8
# comment ÿ
x = = 1
