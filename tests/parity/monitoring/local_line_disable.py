# LINE as a local event: a callback returning DISABLE turns off each line it sees, the next
# call sees none, restart_events() re-arms them all; a second code object is unaffected.
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


def work(n):
    total = 0
    for i in range(n):
        total += i
    if total > 2:
        total -= 1
    return total


def other():
    a = 1
    return a + 1


mon.register_callback(TOOL, E.LINE, recorder('LINE', ret=mon.DISABLE))
mon.set_local_events(TOOL, work.__code__, E.LINE)
mon.set_local_events(TOOL, other.__code__, E.LINE)
print(work(3), other())
flush('first calls')
print(work(4), other())
flush('after DISABLE')
mon.restart_events()
print(work(2))
flush('after restart_events')
print(work(2))
flush('disabled again')
mon.register_callback(TOOL, E.LINE, recorder('LINE'))
mon.restart_events()
print(work(1))
print(work(1))
flush('without DISABLE')
print(mon.get_local_events(TOOL, work.__code__) == E.LINE)
mon.set_local_events(TOOL, work.__code__, 0)
mon.set_local_events(TOOL, other.__code__, 0)
print(work(1))
flush('cleared')
