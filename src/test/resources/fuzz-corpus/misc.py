#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Imports, globals, with-statements, star-expressions and odd corners."""
import os.path as osp, sys
from . import sibling
from .. import parent
from .mod import (a as b,
                  c,)
from ...pkg.sub import *

print("café", "日本語", "emoji 🐍")
with (open("a") as fa, open("b") as fb,):
    pass
with (yield_value := open("c")):
    pass
for (i, j), *rest in [((1, 2), 3)]:
    pass
x = [1, 2, 3,]
y = {1: 2, **{3: 4},}
z = (1,)
t = ()
a[1:2, ::3] = b
a.b.c.d = e.f(g)[h]
if (n := len(x)) > 2: print(n)
result = [y := 1, y ** 2]
raise SystemExit(0) if False else None
lambda_chain = lambda a: lambda b: lambda c: a + b + c
comp = [[y for y in range(x)] for x in range(3)]
gexp = sum(x for x in range(10))
call = f(a, *b, c=d, **e)
sub = x[1:2][3][::-1]
power = 2 ** -1 ** 2
chained = 1 < 2 < 3 != 4
bitwise = ~1 & 2 | 3 ^ 4 << 5 >> 6
floordiv = 7 // 2 % 3
matmul = a @ b
ellipsis = ...
string_concat = ("implicit"
                 "concatenation")
backslash = 1 + \
    2
