# -*- coding: latin-1 -*-
s = "été"
def f():
    raise ValueError("café")  # café
f()
