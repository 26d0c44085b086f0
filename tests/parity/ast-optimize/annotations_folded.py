# without 'from __future__ import annotations', annotations are folded like any expression
def f(a: 1 + 1, *b: -1, c: 'x' * 2 = 2 * 3, **d: (1, 2)) -> 2 ** 3: pass
x: 1 + 2 = 3 * 4
y: [1, 2]
lambda q=1 + 1: q
