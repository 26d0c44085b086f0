# Every local event at once (PY_START, PY_RESUME, PY_RETURN, PY_YIELD, CALL, LINE, JUMP,
# BRANCH, STOP_ITERATION) with RAISE and EXCEPTION_HANDLED, over generators, a coroutine
# driven by send, a comprehension, match statements, with blocks and a lambda.
import sys

mon = sys.monitoring
E = mon.events
TOOL = 1
mon.use_tool_id(TOOL, 'all')
log = []


def short(a):
    if a is mon.MISSING:
        return 'MISSING'
    if isinstance(a, (int, str, type(None))):
        return repr(a)
    return getattr(a, '__qualname__', None) or type(a).__name__


def recorder(event):
    def callback(code, where, *args):
        if code.co_filename != __file__:
            return
        if event == 'LINE':
            where -= code.co_firstlineno
        log.append(' '.join([event, code.co_name, str(where)] + [short(a) for a in args]))
    return callback


EVENTS = ('PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'CALL', 'LINE', 'JUMP', 'BRANCH', 'STOP_ITERATION',
          'RAISE', 'EXCEPTION_HANDLED')
for name in EVENTS:
    mon.register_callback(TOOL, getattr(E, name), recorder(name))


def numbers(n):
    for i in range(n):
        yield i * 10
    return 'end'


def relay():
    got = yield from numbers(2)
    yield got


async def job(x):
    return x + 1


def classify(value):
    match value:
        case [a, b]:
            return 'pair'
        case {'k': v}:
            return 'map'
        case int() if value > 1:
            return 'big'
        case _:
            return 'other'


class Box:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


def program():
    out = list(relay())
    squares = [x * x for x in range(2) if x]
    co = job(1)
    try:
        co.send(None)
    except StopIteration as stop:
        out.append(stop.value)
    kinds = [classify(v) for v in ([1, 2], {'k': 1}, 5, 'x')]
    with Box():
        raise ValueError('swallowed')
    key = sorted([2, 1], key=lambda v: -v)
    return out, squares, kinds, key


mask = 0
for name in EVENTS:
    mask |= getattr(E, name)
mon.set_events(TOOL, mask)
result = program()
mon.set_events(TOOL, 0)
print(result)
for entry in log:
    print(entry)
