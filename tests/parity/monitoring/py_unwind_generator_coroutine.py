# PY_UNWIND out of generators and coroutines: an exception escaping next(), send() and
# throw() (the frame is unwound, the generator finished), and StopIteration turned into
# RuntimeError by PEP 479.
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


def bad_gen():
    yield 1
    raise KeyError('g')


def pep479():
    yield 1
    raise StopIteration('inside')


async def bad_co():
    raise ValueError('c')


def attempt(fn, *a):
    try:
        return fn(*a)
    except BaseException as e:
        return type(e).__name__


watch('PY_UNWIND', 'RAISE', 'RERAISE', 'PY_THROW', only={'bad_gen', 'pep479', 'bad_co', 'attempt'})
mon.set_events(TOOL, E.PY_UNWIND | E.RAISE | E.RERAISE | E.PY_THROW)
g, p, t = bad_gen(), pep479(), bad_gen()
out = [next(g), attempt(next, g), attempt(next, g), next(p), attempt(next, p),
       attempt(bad_co().send, None), next(t), attempt(t.throw, TypeError('t'))]
mon.set_events(TOOL, 0)
print(out)
flush('events')
