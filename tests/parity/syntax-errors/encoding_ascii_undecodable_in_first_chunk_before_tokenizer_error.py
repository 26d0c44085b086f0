# coding: ascii
x = "abc
y = "café"
