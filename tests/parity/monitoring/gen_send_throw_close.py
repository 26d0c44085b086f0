# Generator events: PY_START, PY_YIELD, PY_RESUME, PY_RETURN, PY_THROW, PY_UNWIND, RAISE,
# EXCEPTION_HANDLED and RERAISE through send(), throw() caught and uncaught, and close().
import sys

mon = sys.monitoring
E = mon.events
TOOL = 2
mon.use_tool_id(TOOL, 'test')
log = []
DRIVER = {'callback', 'flush', 'short', 'watch', 'recorder'}


def short(a):
    if a is mon.MISSING:
        return 'MISSING'
    if isinstance(a, BaseException):
        return type(a).__name__ + repr(a.args)
    if isinstance(a, (int, str, float, type(None), tuple)):
        return repr(a)
    return getattr(a, '__qualname__', None) or type(a).__name__


def recorder(event, tool=TOOL, ret=None, only=None):
    def callback(code, where, *args):
        if code.co_filename != __file__ or code.co_name in DRIVER:
            return
        if only is not None and code.co_name not in only:
            return
        if event == 'LINE':
            where -= code.co_firstlineno
        log.append(' '.join([str(tool), event, code.co_name, str(where)] + [short(a) for a in args]))
        return ret
    return callback


def watch(*names, tool=TOOL, ret=None, only=None):
    for name in names:
        mon.register_callback(tool, getattr(E, name), recorder(name, tool, ret, only))


def flush(title):
    print(title)
    for entry in log:
        print('   ', entry)
    log.clear()


def gen():
    try:
        x = yield 1
        while True:
            try:
                x = yield x * 2
            except ValueError:
                x = -1
    finally:
        print('cleanup')


watch('PY_START', 'PY_YIELD', 'PY_RESUME', 'PY_RETURN', 'PY_THROW', 'PY_UNWIND', 'RAISE',
      'EXCEPTION_HANDLED', 'RERAISE')
mon.set_events(TOOL, E.PY_START | E.PY_YIELD | E.PY_RESUME | E.PY_RETURN | E.PY_THROW |
               E.PY_UNWIND | E.RAISE | E.EXCEPTION_HANDLED | E.RERAISE)
g = gen()
a = next(g)
b = g.send(3)
c = g.throw(ValueError('v'))
d = g.send(5)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    r = 'keyerror'
g2 = gen()
next(g2)
g2.close()
g3 = gen()
g3.close()
mon.set_events(TOOL, 0)
print(a, b, c, d, r)
flush('events')
