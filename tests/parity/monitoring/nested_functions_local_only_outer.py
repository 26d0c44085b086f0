# Local events are per code object: events set on an outer function do not reach the
# functions and comprehension-free generator expressions it defines, only its own code.
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


def outer(xs):
    def helper(v):
        return v + 1
    total = 0
    for x in xs:
        total += helper(x)
    g = sum(v for v in xs)
    return total + g


watch('PY_START', 'PY_RETURN', 'LINE', 'CALL')
mon.set_local_events(TOOL, outer.__code__, E.PY_START | E.PY_RETURN | E.LINE | E.CALL)
print(outer([1, 2]))
flush('outer only')
mon.set_local_events(TOOL, outer.__code__, 0)
