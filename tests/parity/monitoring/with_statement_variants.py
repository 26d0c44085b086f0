# 'with' statements: a normal exit, an __exit__ that swallows the exception, one that raises
# its own, nested managers in one statement, 'with' inside a generator and a return from
# inside the block; CALL / C_RETURN for __exit__, RAISE, RERAISE, EXCEPTION_HANDLED, LINE.
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


T = 4
mon.use_tool_id(T, 'with')
watch(T, 'CALL', 'C_RETURN', 'C_RAISE', 'PY_START', 'PY_RETURN', 'RAISE', 'RERAISE', 'EXCEPTION_HANDLED',
      'PY_UNWIND', 'LINE', 'BRANCH', 'JUMP')


class Manager:
    def __init__(self, name, swallow=False, fail=False):
        self.name, self.swallow, self.fail = name, swallow, fail

    def __enter__(self):
        return self.name

    def __exit__(self, typ, value, tb):
        if self.fail:
            raise RuntimeError('exit of ' + self.name)
        return self.swallow


def plain():
    with Manager('a') as a:
        x = a * 2
    return x


def swallowing():
    with Manager('b', swallow=True):
        raise KeyError('swallowed')
    return 'after'


def exit_raises():
    try:
        with Manager('c', fail=True):
            return 'body'
    except RuntimeError as e:
        return str(e)


def nested():
    with Manager('d') as d, Manager('e', swallow=True) as e:
        raise ValueError(d + e)
    return 'nested done'


def propagating():
    try:
        with Manager('f'):
            1 / 0
    except ZeroDivisionError:
        return 'caught'


def in_generator():
    with Manager('g') as g:
        yield g
        yield g + '!'


mon.set_events(T, E.CALL | E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND | E.PY_START | E.PY_RETURN)
for f in (plain, swallowing, exit_raises, nested, propagating):
    print(f.__name__, f())
    flush(f.__name__)
print(list(in_generator()))
flush('in_generator')
mon.set_events(T, E.LINE | E.BRANCH | E.JUMP)
print(swallowing(), nested(), propagating())
flush('lines and branches')
mon.set_events(T, 0)
