# CALL_FUNCTION_EX forms: f(*a), f(**k), f(*a, **k), method(*a), builtin(*a), class(*a),
# with an iterable that is not a tuple (a generator: its PY_START/PY_RETURN come first) and a
# failing unpack (not iterable) raising before any CALL event.
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


def f(*a, **k):
    return len(a), sorted(k)


def gen():
    yield 1
    yield 2


def run():
    out = [f(*[1]), f(**{'x': 1}), f(*(1, 2), **{'y': 2}), 'abc'.replace(*('a', 'z')), max(*[3, 4]),
           tuple(*[[5, 6]]), f(*gen())]
    try:
        f(*5)
    except TypeError as e:
        out.append(str(e))
    return out


watch('CALL', 'C_RETURN', 'C_RAISE', 'PY_START', 'PY_RETURN', 'RAISE', only={'run', 'f', 'gen'})
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE | E.PY_START | E.PY_RETURN | E.RAISE)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
