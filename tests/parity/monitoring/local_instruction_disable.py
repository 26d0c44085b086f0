# INSTRUCTION as a local event with DISABLE: every offset once, then none until
# restart_events(); LINE on the same code keeps firing while INSTRUCTION is disabled.
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


def f(x):
    y = x + 1
    if y > 2:
        return y * 2
    return y


mon.register_callback(TOOL, E.INSTRUCTION, recorder('INSTRUCTION', ret=mon.DISABLE))
mon.register_callback(TOOL, E.LINE, recorder('LINE'))
mon.set_local_events(TOOL, f.__code__, E.INSTRUCTION | E.LINE)
print(f(1))
flush('first')
print(f(5))
flush('second: the other branch')
print(f(1))
flush('third')
mon.restart_events()
print(f(1))
flush('restarted')
mon.set_local_events(TOOL, f.__code__, 0)
print(f(1))
flush('off')
