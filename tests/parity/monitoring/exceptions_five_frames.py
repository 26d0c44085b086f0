# An exception through five frames: raised deep, passing try/finally blocks that re-raise,
# a handler that raises a new exception (chained), 'raise ... from', a bare 'raise' in a
# nested handler, and finally caught at the top; every exception event with its offset.
import sys

from _events import DRIVER, E, flush, log, mon, recorder, short, unwatch, watch


T = 1
mon.use_tool_id(T, 'exc')
watch(T, 'RAISE', 'RERAISE', 'PY_UNWIND', 'EXCEPTION_HANDLED', 'PY_RETURN', 'C_RAISE', 'LINE')
mon.set_events(T, E.RAISE | E.RERAISE | E.PY_UNWIND | E.EXCEPTION_HANDLED | E.PY_RETURN)


def level5(x):
    return {}[x]


def level4(x):
    try:
        return level5(x)
    finally:
        x = None


def level3(x):
    try:
        level4(x)
    except KeyError as e:
        raise ValueError('converted') from e


def level2(x):
    try:
        level3(x)
    except ValueError:
        try:
            raise
        except ValueError:
            raise
        finally:
            pass


def level1(x):
    try:
        level2(x)
    except ValueError as e:
        return type(e.__cause__).__name__, str(e)


print(level1('k'))
flush('five frames')


def finally_raises():
    try:
        raise TypeError('first')
    finally:
        raise OSError('second')


def top():
    try:
        finally_raises()
    except OSError as e:
        return type(e.__context__).__name__


print(top())
flush('finally replaces the exception')


def gen_raises():
    yield 1
    raise IndexError('in gen')


def consume():
    try:
        return [x for x in gen_raises()]
    except IndexError as e:
        return str(e)


print(consume())
flush('through a generator and a comprehension')

mon.set_events(T, 0)
mon.set_local_events(T, level4.__code__, E.LINE)
mon.set_events(T, E.RAISE | E.PY_UNWIND)
print(level1('z'))
flush('global RAISE and PY_UNWIND, LINE in level4 only')
mon.set_events(T, 0)
mon.set_local_events(T, level4.__code__, 0)
