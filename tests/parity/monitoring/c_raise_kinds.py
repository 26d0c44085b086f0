# C_RAISE for builtins that fail: functions, methods of built-in types, a class whose
# constructor fails, keyword arguments, f(*args) of a builtin, and a builtin failing inside a
# Python callee; C_RETURN for those that succeed; each caught where it is raised.
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


def attempt(fn, *a, **k):
    try:
        return fn(*a, **k)
    except Exception as e:
        return type(e).__name__


def run():
    out = []
    try:
        int('x')
    except ValueError:
        out.append('int')
    try:
        [].pop()
    except IndexError:
        out.append('pop')
    try:
        dict(1)
    except TypeError:
        out.append('dict')
    try:
        'abc'.index('z', 0)
    except ValueError:
        out.append('index')
    try:
        sorted([1], reverse=1, key=5)
    except TypeError:
        out.append('sorted')
    out.append(attempt(divmod, 1, 0))
    out.append(attempt(int, '7'))
    return out


watch('CALL', 'C_RETURN', 'C_RAISE', 'RAISE', only={'run', 'attempt'})
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE | E.RAISE)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
