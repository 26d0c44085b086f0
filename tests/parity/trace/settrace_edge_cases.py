# sys.settrace edge cases: a trace function that raises (tracing stops, the exception reaches
# the traced code), settrace called inside a traced function, f_trace set on an outer frame,
# a while loop on one line (a line event per iteration), a with block, a comprehension,
# a generator thrown into, and a coroutine.
import sys

log = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    log.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


def flush(title):
    print(title)
    for entry in log:
        print('   ', entry)
    log.clear()


def target(n):
    x = n + 1
    return x


def raising(frame, event, arg):
    if frame.f_code.co_name == 'target' and event == 'line':
        raise RuntimeError('from the tracer')
    return raising


sys.settrace(raising)
try:
    target(1)
except RuntimeError as e:
    print('caught', e, sys.gettrace())


def starts_tracing():
    a = 1
    sys.settrace(tracer)
    b = 2
    return a + b


starts_tracing()
target(2)
sys.settrace(None)
flush('settrace inside a function')


def outer():
    sys._getframe().f_trace = tracer
    sys.settrace(tracer)
    inner()
    return 'outer done'


def inner():
    return 1


outer()
sys.settrace(None)
flush('f_trace on the calling frame')


def one_line_loop(n):
    while n: n -= 1
    return n


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def block():
    with Ctx():
        y = [i * 2 for i in range(2)]
    return y


def gen():
    try:
        yield 1
    except KeyError:
        yield 2


async def coro():
    return 3


sys.settrace(tracer)
one_line_loop(3)
block()
g = gen()
next(g)
g.throw(KeyError)
c = coro()
try:
    c.send(None)
except StopIteration:
    pass
sys.settrace(None)
flush('loops, with, comprehension, throw, coroutine')
