# CALL's second argument for calls with no positional arguments, keyword-only calls, a
# method call (self first), f(*()), f(**kw) and a call with a bound method unpacked.
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


class O:
    def m(self, *a, **k):
        return len(a) + len(k)


def f(*a, **k):
    return len(a) + len(k)


def calls(o):
    f()
    f(k=1)
    f(*())
    f(**{'a': 1})
    f(*[5], **{})
    o.m()
    o.m(k=2)
    bm = o.m
    bm(3)
    bm(*(4,))
    O.m(o, k=1)
    return 0


def name(a):
    if a is mon.MISSING:
        return 'MISSING'
    return type(a).__name__ + ('' if not isinstance(a, int) else '=%d' % a)


def call_cb(code, offset, callable, arg0):
    if code is calls.__code__:
        log.append('CALL %d %s %s' % (offset, callable.__qualname__, name(arg0)))


mon.register_callback(TOOL, E.CALL, call_cb)
mon.set_local_events(TOOL, calls.__code__, E.CALL)
calls(O())
mon.set_local_events(TOOL, calls.__code__, 0)
flush('calls')
