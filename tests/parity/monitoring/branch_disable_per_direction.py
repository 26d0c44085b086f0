# BRANCH DISABLE on an if inside a loop: the callback disables after seeing the taken
# direction; 3.13 disables the whole branch instruction, so the other direction is silent
# too; a second tool without DISABLE still sees both directions.
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


mon.use_tool_id(3, 'both')


def f(xs):
    n = 0
    for x in xs:
        if x:
            n += 1
    return n


watch('BRANCH', ret=mon.DISABLE)
watch('BRANCH', tool=3)
mon.set_local_events(TOOL, f.__code__, E.BRANCH)
f([1, 0, 1])
flush('tool 2 alone')
mon.set_local_events(3, f.__code__, E.BRANCH)
mon.restart_events()
f([0, 1])
flush('tools 2 and 3')
for t in (TOOL, 3):
    mon.set_local_events(t, f.__code__, 0)
