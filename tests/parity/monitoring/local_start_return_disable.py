# PY_START and PY_RETURN as local events with DISABLE: once per code until restart_events();
# a recursive function and a function returning from two places.
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


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def two_exits(x):
    if x:
        return 'yes'
    return 'no'


mon.register_callback(TOOL, E.PY_START, recorder('PY_START', ret=mon.DISABLE))
mon.register_callback(TOOL, E.PY_RETURN, recorder('PY_RETURN', ret=mon.DISABLE))
for code in (fact.__code__, two_exits.__code__):
    mon.set_local_events(TOOL, code, E.PY_START | E.PY_RETURN)
print(fact(3))
flush('fact(3)')
print(two_exits(1), two_exits(0), two_exits(1))
flush('two_exits')
mon.restart_events()
print(two_exits(0), two_exits(1), fact(2))
flush('restarted')
mon.register_callback(TOOL, E.PY_START, None)
mon.restart_events()
print(fact(2))
flush('PY_START callback removed')
for code in (fact.__code__, two_exits.__code__):
    mon.set_local_events(TOOL, code, 0)
