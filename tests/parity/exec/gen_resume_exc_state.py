# Generator resumption (FOR_ITER_GEN, next(), send, throw) keeps each generator's own entry of
# the handled-exception stack (sys.exception()) across yields, and reports return values,
# re-entry and exhaustion as CPython does.
import sys


def handling():
    try:
        raise KeyError("inside")
    except KeyError:
        yield sys.exception()
        yield sys.exception()
    yield sys.exception()


def show(tag):
    e = sys.exception()
    print(tag, type(e).__name__ if e else None, e.args if e else None)


g = handling()
for v in g:
    print("yielded", repr(v))
    show("caller sees")

try:
    raise ValueError("outer")
except ValueError:
    g2 = handling()
    print("next", repr(next(g2)))
    show("caller in except")
    print("next", repr(next(g2)))
    print("next", repr(next(g2)))
    show("caller in except")
show("after except")


# two generators interleaved, each handling its own exception
def tagged(name):
    try:
        raise RuntimeError(name)
    except RuntimeError:
        for i in range(3):
            yield name, i, sys.exception().args


a, b = tagged("a"), tagged("b")
for x, y in zip(a, b):
    print(x, y)


# a generator nested in another's handler
def inner():
    yield sys.exception()
    try:
        raise OSError("inner")
    except OSError:
        yield sys.exception()
    yield sys.exception()


def outer():
    try:
        raise TypeError("outer")
    except TypeError:
        for v in inner():
            yield repr(v)


print(list(outer()))


# return values through for (dropped), next (StopIteration.value), yield from
def returns(n):
    for i in range(n):
        yield i
    return "done"


print(list(returns(3)))
it = returns(1)
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(it)
except StopIteration as e:
    print("again", e.value)


def delegating():
    r = yield from returns(2)
    print("delegated returned", r)
    yield r


print(list(delegating()))


# re-entering a running generator
def reenter():
    yield next(me)


me = reenter()
try:
    for v in me:
        print(v)
except ValueError as e:
    print("ValueError", e)


# throw() chains the handled exception as __context__
def catcher():
    try:
        raise LookupError("held")
    except LookupError:
        try:
            yield 1
        except ZeroDivisionError as e:
            print("caught", repr(e), "context", repr(e.__context__))
            yield 2


c = catcher()
print(next(c))
print(c.throw(ZeroDivisionError("thrown")))


# an exception out of the generator ends it; the caller's handled exception is back
def failing():
    yield 1
    raise IndexError("boom")


try:
    raise NameError("caller")
except NameError:
    f = failing()
    try:
        for v in f:
            print("got", v)
    except IndexError as e:
        print("IndexError", e, "context", repr(e.__context__))
    show("caller after failing")
    print(list(f))
