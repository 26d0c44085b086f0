# sys.setprofile over coroutines awaiting each other, an async generator driven by hand with
# asend/athrow/aclose, and a generator expression: call/return for every resumption.
import sys

log = []


def profiler(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        shown = arg if arg is None or isinstance(arg, (int, str)) else (
            getattr(arg, '__qualname__', None) or type(arg).__name__)
        log.append((event, frame.f_code.co_name, shown))


async def leaf(x):
    return x * 2


async def branch():
    a = await leaf(1)
    b = await leaf(2)
    return a + b


async def agen():
    yield 'first'
    try:
        yield 'second'
    except KeyError:
        yield 'after throw'


def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return stop.value


def program():
    total = drive(branch())
    ag = agen()
    first = drive(ag.asend(None))
    second = drive(ag.asend(None))
    thrown = drive(ag.athrow(KeyError))
    drive(ag.aclose())
    squares = sum(x * x for x in range(3))
    return total, first, second, thrown, squares


sys.setprofile(profiler)
result = program()
sys.setprofile(None)
print(result)
for entry in log:
    print(entry)
