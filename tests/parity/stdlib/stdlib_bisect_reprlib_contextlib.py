# bisect, reprlib and contextlib: the pure-Python fallbacks and helpers.
import bisect
import contextlib
import reprlib

a = [1, 2, 2, 4, 8]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 3, 1, 3))
bisect.insort(a, 3); bisect.insort_left(a, 2); print(a)
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect(recs, 5, key=lambda r: r[1]), bisect.bisect_left(recs, 5, key=lambda r: r[1]))
bisect.insort(recs, ("x", 6), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)

r = reprlib.Repr(maxlist=3, maxstring=12)
print(r.repr(list(range(10))), r.repr("x" * 40), reprlib.repr({i: i for i in range(20)}))
print(reprlib.repr(set(range(30))), reprlib.repr((1, [2, [3, [4, [5]]]])), reprlib.repr(10 ** 50))
class Node:
    def __init__(self): self.kids = [self]
    @reprlib.recursive_repr()
    def __repr__(self): return f"Node({self.kids})"
print(Node())

@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("a") as t, tag("b"):
    print("body", t)
with contextlib.suppress(KeyError, IndexError):
    {}["k"]
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in "xyz":
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()):
    pass
with contextlib.nullcontext(5) as v:
    print(v)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextlib.contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")
with swallow():
    1 / 0
class Deco(contextlib.ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0]); return False
@Deco()
def work(): print("working")
work()
