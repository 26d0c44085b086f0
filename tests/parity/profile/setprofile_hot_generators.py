# Generators hot enough for the JIT (thousands of resumptions before profiling starts), then
# under sys.setprofile: 'call' on each resumption, 'return' with each yielded value, the
# builtins that drive them (c_call / c_return of sum, list, next), a generator created
# unprofiled and resumed profiled and the other way round, yield from, a generator expression
# into sum(), and throw() / close() (c_exception when the exception leaves).
import sys

log = []


def profiler(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith("c_"):
        if arg.__name__ in ("sum", "list", "next", "throw", "close", "send"):
            log.append((name, event, arg.__name__))
    elif name.startswith("g_") or name == "<genexpr>":
        log.append((name, event, frame.f_lineno - frame.f_code.co_firstlineno, arg))


def g_count(n):
    for i in range(n):
        yield i * 2
    return "done"


def g_inner(n):
    total = yield from g_count(n)
    yield total


def g_catch():
    while True:
        try:
            x = yield 1
        except ValueError as e:
            yield "caught " + str(e)
        if x == "stop":
            return x


def warm():
    for _ in range(300):
        sum(g_count(10))
        list(g_inner(5))
        c = g_catch(); next(c); c.send(1); c.throw(ValueError("w")); c.close()
        sum(x for x in range(10))


def flush(title):
    print(title)
    for entry in log:
        print("   ", entry)
    log.clear()


warm()

g = g_count(3)
next(g)
sys.setprofile(profiler)
print(list(g))
sys.setprofile(None)
flush("unprofiled -> profiled")

sys.setprofile(profiler)
g = g_count(4)
print(next(g))
sys.setprofile(None)
print(next(g))
sys.setprofile(profiler)
print(list(g))
sys.setprofile(None)
flush("profiled -> unprofiled -> profiled")

sys.setprofile(profiler)
print(list(g_inner(2)))
print(sum(x for x in range(3)))
sys.setprofile(None)
flush("yield from, genexpr into sum")

sys.setprofile(profiler)
c = g_catch()
print(next(c), c.send(2), c.throw(ValueError("boom")), next(c))
try:
    c.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)
c = g_catch()
next(c)
c.close()
c = g_catch()
next(c)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
sys.setprofile(None)
flush("send / throw / close")

counts = {}


def counter(frame, event, arg):
    if frame.f_code.co_name == "g_count":
        counts[event] = counts.get(event, 0) + 1


sys.setprofile(counter)
total = 0
for _ in range(200):
    total += sum(g_count(20))
sys.setprofile(None)
print(total, sorted(counts.items()))
