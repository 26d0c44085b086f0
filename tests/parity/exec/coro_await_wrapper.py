# coroutine.__await__(): the coroutine_wrapper iterator and its methods
import types


async def co(x):
    return x * 2


c = co(21)
w = c.__await__()
print(type(w).__name__, type(w).__qualname__, type(w).__module__, repr(w).split(" at ")[0], iter(w) is w)
print(sorted(n for n in dir(w) if not n.startswith("__") or n in ("__next__", "__iter__")))
try:
    w.send(None)
except StopIteration as e:
    print("stop", e.value)
try:
    next(w)
except RuntimeError as e:
    print(type(e).__name__, e)


@types.coroutine
def suspend():
    v = yield "tick"
    return v


async def outer():
    r = await suspend()
    return ("got", r)


w = outer().__await__()
print(next(w))
try:
    w.send("val")
except StopIteration as e:
    print("stop", e.value)
w = outer().__await__()
print(w.send(None))
try:
    w.throw(KeyError("k"))
except KeyError as e:
    print("thrown", repr(e))
w = outer().__await__()
print(next(w), w.close())
try:
    next(w)
except RuntimeError as e:
    print(type(e).__name__, e)


def drive():
    return (yield from outer().__await__())


g = drive()
print(next(g))
try:
    g.send(5)
except StopIteration as e:
    print("drive", e.value)
kept = outer()
for args in [(), (1, 2)]:
    try:
        kept.__await__().send(*args)
    except TypeError as e:
        print(type(e).__name__, e)
kept.close()
try:
    co.__await__
except AttributeError as e:
    print(type(e).__name__, e)
