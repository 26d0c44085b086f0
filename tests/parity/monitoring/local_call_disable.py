# CALL as a local event with DISABLE: each call site is reported once with its callable and
# first argument; C_RETURN needs CALL and C_RAISE with it; then C_RETURN for the builtin calls.
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


class K:
    def m(self, a=0):
        return a


def g(*a, **k):
    return len(a)


def sites(k):
    g(1, 2)
    g(*[1], **{'x': 2})
    k.m(3)
    k.m(a=4)
    len([1])
    'a'.upper()
    K()
    (lambda: 5)()
    return max(1, 2)


mon.register_callback(TOOL, E.CALL, recorder('CALL', ret=mon.DISABLE))
mon.set_local_events(TOOL, sites.__code__, E.CALL)
print(sites(K()))
flush('first')
print(sites(K()))
flush('second')
mon.restart_events()
mon.register_callback(TOOL, E.CALL, recorder('CALL'))
mon.register_callback(TOOL, E.C_RETURN, recorder('C_RETURN'))
try:
    mon.set_local_events(TOOL, sites.__code__, E.CALL | E.C_RETURN)
except ValueError as e:
    print("ValueError", e)
try:
    mon.set_local_events(TOOL, sites.__code__, E.CALL | E.C_RETURN | E.C_RAISE)
except ValueError as e:
    print('ValueError', e)
print(sites(K()))
flush('CALL and C_RETURN without DISABLE')
mon.set_local_events(TOOL, sites.__code__, 0)
