# coding: ascii
x = "\u00e9 \N{BULLET}"
y = b"\xff"
