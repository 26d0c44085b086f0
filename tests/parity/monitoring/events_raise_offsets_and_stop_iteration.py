# Where RAISE and PY_UNWIND point for exceptions raised by instructions with inline caches
# (attribute loads, binary operators, subscripts, calls of builtins and of Python functions),
# and STOP_ITERATION for generators and coroutines returning into yield from / await.
import sys

mon = sys.monitoring
E = mon.events
TOOL = 4
mon.use_tool_id(TOOL, 'offsets')
log = []


def recorder(event):
    def callback(code, offset, exc):
        log.append((event, code.co_name, offset, type(exc).__name__, exc.args))
    return callback


for event in ('RAISE', 'PY_UNWIND', 'STOP_ITERATION'):
    mon.register_callback(TOOL, getattr(E, event), recorder(event))


class Thing:
    pass


def attribute():
    return Thing().missing


def operator():
    return 1 + 'x'


def subscript():
    return {}['k']


def builtin_call():
    return int('nope')


def python_call():
    return attribute()


def gen():
    yield 1
    return 'done'


def delegate():
    r = yield from gen()
    return r


async def coro():
    return 5


async def awaiter():
    return await coro()


def run():
    for f in (attribute, operator, subscript, builtin_call, python_call):
        try:
            f()
        except Exception:
            pass
    list(delegate())
    c = awaiter()
    try:
        c.send(None)
    except StopIteration:
        pass


mon.set_events(TOOL, E.RAISE | E.PY_UNWIND | E.STOP_ITERATION)
run()
mon.set_events(TOOL, 0)
for entry in log:
    print(entry)
