# A callback that turns off its own event mid-delivery (set_events/set_local_events to 0),
# one that replaces its own registration, and one that registers a callback for a second
# tool on the same event: who receives what.
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


mon.use_tool_id(3, 'second')


def f():
    a = 1
    b = 2
    return a + b


def self_off(code, line):
    if code is f.__code__:
        log.append('self_off %d' % (line - code.co_firstlineno))
        mon.set_local_events(TOOL, f.__code__, 0)


def replacer(code, line):
    if code is f.__code__:
        log.append('replacer %d' % (line - code.co_firstlineno))
        mon.register_callback(TOOL, E.LINE, replacement)


def replacement(code, line):
    if code is f.__code__:
        log.append('replacement %d' % (line - code.co_firstlineno))


def adder(code, line):
    if code is f.__code__:
        log.append('adder %d' % (line - code.co_firstlineno))
        mon.register_callback(3, E.LINE, recorder('LINE', tool=3))
        mon.set_local_events(3, f.__code__, E.LINE)


for cb in (self_off, replacer, adder):
    mon.register_callback(TOOL, E.LINE, cb)
    mon.set_local_events(TOOL, f.__code__, E.LINE)
    f()
    mon.set_local_events(TOOL, f.__code__, 0)
    mon.set_local_events(3, f.__code__, 0)
    flush(cb.__name__)
