# Lambdas, nested functions, closures and decorators: PY_START/PY_RETURN with qualified names,
# LINE relative to each code's first line, CALL of the wrapper and the wrapped function.
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


def deco(fn):
    def wrapper(*a):
        r = fn(*a)
        return r + 1
    return wrapper


@deco
def decorated(x):
    return x * 2


def outer(k):
    def inner(v):
        return v + k
    add = lambda v: inner(v) * 2
    return add(1)


watch('PY_START', 'PY_RETURN', 'LINE', 'CALL')
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.LINE | E.CALL)
r = decorated(3), outer(10)
mon.set_events(TOOL, 0)
print(r)
flush('events')
