# The exception events: RAISE (once per frame the exception passes), RERAISE (finally, with,
# bare raise, except that does not match), EXCEPTION_HANDLED, PY_UNWIND and PY_THROW, with
# PY_START/PY_RETURN/PY_YIELD/PY_RESUME around them; a callback that raises replaces the
# exception.
import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.DEBUGGER_ID
mon.use_tool_id(TOOL, 'exc')
log = []


def recorder(name):
    def callback(code, offset, *args):
        shown = [type(a).__name__ + (repr(a.args) if isinstance(a, BaseException) else '') for a in args]
        log.append((name, code.co_name, offset, *shown))
    return callback


for name in ('RAISE', 'RERAISE', 'EXCEPTION_HANDLED', 'PY_UNWIND', 'PY_THROW', 'PY_START', 'PY_RETURN',
             'PY_YIELD', 'PY_RESUME'):
    mon.register_callback(TOOL, getattr(E, name), recorder(name))


def inner(x):
    if x:
        raise ValueError(x)
    return x


def middle(x):
    try:
        return inner(x)
    finally:
        pass


def outer(x):
    try:
        middle(x)
    except KeyError:
        return 'key'
    except ValueError as e:
        return 'value %s' % e


def reraiser():
    try:
        inner(1)
    except ValueError:
        raise


def with_block():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False
    with CM():
        inner(2)


def gen():
    try:
        yield 1
        yield 2
    except KeyError:
        yield 'caught'


def flush(title):
    print(title)
    for entry in log:
        print('   ', entry)
    log.clear()


everything = (E.RAISE | E.RERAISE | E.EXCEPTION_HANDLED | E.PY_UNWIND | E.PY_THROW | E.PY_START | E.PY_RETURN
              | E.PY_YIELD | E.PY_RESUME)
mon.set_events(TOOL, everything)
outer(5)
mon.set_events(TOOL, 0)
flush('raise through two frames, handled in the third')

mon.set_events(TOOL, everything)
try:
    reraiser()
except ValueError:
    pass
mon.set_events(TOOL, 0)
flush('bare raise')

mon.set_events(TOOL, everything)
try:
    with_block()
except ValueError:
    pass
mon.set_events(TOOL, 0)
flush('with')

g = gen()
mon.set_events(TOOL, everything)
next(g)
g.throw(KeyError('k'))
g.close()
mon.set_events(TOOL, 0)
flush('generator throw and close')


def replacing(code, offset, exc):
    if isinstance(exc, ValueError):
        raise TypeError('from the callback')


mon.register_callback(TOOL, E.RAISE, replacing)
mon.set_events(TOOL, E.RAISE)
try:
    inner(3)
except Exception as e:
    print('caught', type(e).__name__, e, type(e.__context__).__name__)
mon.set_events(TOOL, 0)
mon.register_callback(TOOL, E.PY_UNWIND, lambda *a: mon.DISABLE)
mon.set_events(TOOL, E.PY_UNWIND)
try:
    inner(4)
except Exception as e:
    print('caught', type(e).__name__, e)
mon.set_events(TOOL, 0)
print(mon.register_callback(TOOL, E.PY_UNWIND, None))
