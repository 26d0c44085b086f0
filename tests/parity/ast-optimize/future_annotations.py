"""With the future import, annotations are left as written (they become strings)."""
from __future__ import annotations
def f(a: 1 + 1, *b: -1, c: 'x' * 2 = 2 * 3, **d: (1, 2)) -> 2 ** 3: pass
x: 1 + 2 = 3 * 4
class C:
    y: -1
