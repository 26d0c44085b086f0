# Generators hot enough for the JIT (thousands of resumptions before tracing starts), then
# traced: 'call' on each resumption, 'return' with each yielded value, exception events for
# StopIteration, a generator created untraced and resumed traced and the other way round,
# yield from, a generator expression into sum(), throw() and close() under the tracer, and an
# f_lineno jump made from a hot generator's line event.
import sys

log = []


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name.startswith("g_") or name == "<genexpr>":
        rel = frame.f_lineno - frame.f_code.co_firstlineno
        if event == "exception":
            arg = arg[0].__name__
        log.append((name, event, rel, arg if event in ("return", "exception") else None))
    return tracer


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


def g_jumpy(n):
    out = 0
    for i in range(n):
        out += 1
        out += 100
        yield out


def warm():
    for _ in range(300):
        sum(g_count(10))
        list(g_inner(5))
        c = g_catch(); next(c); c.send(1); c.throw(ValueError("w")); c.close()
        list(g_jumpy(5))
        sum(x for x in range(10))


def flush(title):
    print(title)
    for entry in log:
        print("   ", entry)
    log.clear()


warm()

# created untraced, resumed traced
g = g_count(4)
next(g)
sys.settrace(tracer)
print(list(g))
sys.settrace(None)
flush("untraced -> traced")

# created traced, resumed untraced, then traced again
sys.settrace(tracer)
g = g_count(5)
print(next(g), next(g))
sys.settrace(None)
print(next(g))
sys.settrace(tracer)
print(list(g))
sys.settrace(None)
flush("traced -> untraced -> traced")

sys.settrace(tracer)
print(list(g_inner(3)))
sys.settrace(None)
flush("yield from")

sys.settrace(tracer)
print(sum(x for x in range(4)))
sys.settrace(None)
flush("genexpr into sum")

sys.settrace(tracer)
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
sys.settrace(None)
flush("throw / close")


def jumper(frame, event, arg):
    if frame.f_code.co_name == "g_jumpy":
        rel = frame.f_lineno - frame.f_code.co_firstlineno
        log.append((event, rel, arg if event == "return" else None))
        if event == "line" and rel == 3:
            frame.f_lineno = frame.f_lineno + 1  # skip `out += 1`
    return jumper


sys.settrace(jumper)
print(list(g_jumpy(3)))
sys.settrace(None)
flush("f_lineno jump in a hot generator")

# many resumptions under the tracer, only counted
counts = {}


def counter(frame, event, arg):
    if frame.f_code.co_name == "g_count":
        counts[event] = counts.get(event, 0) + 1
    return counter


sys.settrace(counter)
total = 0
for _ in range(200):
    total += sum(g_count(20))
sys.settrace(None)
print(total, sorted(counts.items()))
