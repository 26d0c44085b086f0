# 'with' statements: a normal exit, an __exit__ that swallows the exception, one that raises
# its own, nested managers in one statement, 'with' inside a generator and a return from
# inside the block; CALL / C_RETURN for __exit__, RAISE, RERAISE, EXCEPTION_HANDLED, LINE.
import sys

mon = sys.monitoring
E = mon.events
log = []
DRIVER = {'callback', 'flush', 'short', 'recorder', 'watch', 'unwatch'}


def short(a):
    if a is mon.MISSING:
        return 'MISSING'
    if isinstance(a, BaseException):
        return type(a).__name__ + repr(a.args)
    if isinstance(a, (int, str, float, type(None), tuple)):
        return repr(a)
    return getattr(a, '__qualname__', None) or type(a).__name__


def recorder(tool, event, ret=None):
    def callback(code, where, *args):
        if code.co_filename != __file__ or code.co_name in DRIVER:
            return
        if event == 'LINE':
            where -= code.co_firstlineno
        log.append(' '.join([str(tool), event, code.co_name, str(where)] + [short(a) for a in args]))
        return ret
    return callback


def watch(tool, *names, ret=None):
    for name in names:
        mon.register_callback(tool, getattr(E, name), recorder(tool, name, ret))


def unwatch(tool):
    for name in dir(E):
        if name.isupper() and name != 'NO_EVENTS':
            mon.register_callback(tool, getattr(E, name), None)


def flush(title):
    print(title)
    for entry in log:
        print('   ', entry)
    log.clear()


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
