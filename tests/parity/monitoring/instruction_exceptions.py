# INSTRUCTION events through an exception: the raising instruction, then the handler's
# instructions (PUSH_EXC_INFO, CHECK_EXC_MATCH...), a re-raise leaving the frame, and the
# caller's handler.
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


def inner():
    try:
        raise KeyError('a')
    except KeyError:
        raise ValueError('b')


def outer():
    try:
        inner()
    except ValueError:
        return 'ok'


watch('INSTRUCTION', 'RAISE', 'EXCEPTION_HANDLED', only={'inner', 'outer'})
mon.set_events(TOOL, E.INSTRUCTION | E.RAISE | E.EXCEPTION_HANDLED)
r = outer()
mon.set_events(TOOL, 0)
print(r)
flush('events')
