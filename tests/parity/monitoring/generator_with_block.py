# A with block around a yield in a generator: __enter__/__exit__ calls, PY_YIELD/PY_RESUME,
# the generator closed inside the with (GeneratorExit reaching __exit__), and thrown into.
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


class CM:
    def __enter__(self):
        return 'cm'

    def __exit__(self, et, ev, tb):
        log.append('  exit with %s' % (et.__name__ if et else None))
        return et is KeyError


def gen():
    with CM() as c:
        yield c
        yield 'second'
    yield 'after'


watch('PY_START', 'PY_RETURN', 'PY_YIELD', 'PY_RESUME', 'PY_THROW', 'PY_UNWIND', 'EXCEPTION_HANDLED',
      only={'gen', '__enter__', '__exit__'})
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.PY_YIELD | E.PY_RESUME | E.PY_THROW | E.PY_UNWIND | E.EXCEPTION_HANDLED)
g = gen()
out = [next(g), g.throw(KeyError('k'))]
g2 = gen()
out.append(next(g2))
g2.close()
mon.set_events(TOOL, 0)
print(out)
flush('events')
