# Each statement below is rejected by CPython's compiler or symbol table, never by its
# parser: ast.parse accepts them all, and so must pyjama's parser.
__debug__ = 1
def f(__debug__): pass
nonlocal x
return 1
await x
yield x
break
continue
async with a: pass
async for a in b: pass
[await x async for x in y]
f(a=1, a=2)
def g(a, a): pass
*a = 1
from __future__ import braces
from __future__ import nonexistent
def h():
    from os import *
f"{*a}"
[x for x in (y := [1])]
[i := 0 for i in range(3)]
def k():
    x = 1
    global x
class C:
    nonlocal y
def l():
    yield from x
async def m():
    yield from x
    return 1
    x = [(yield) for _ in y]
lambda: (yield)
def n(a, /, a): pass
print(**a, b=1, **c, b=2)
def p[T = int, U](): pass
class D[T, T]: pass
match x:
    case f"{y}":
        pass
