# A CALL callback returning DISABLE at a builtin call: with one tool on the code, C_RETURN
# and C_RAISE still fire for that execution (CPython only de-instruments the site); once two
# tools shared an event on the code, per-site tools exist for good and they do not.
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


def calls():
    a = len('ab')
    try:
        int('x')
    except ValueError:
        pass
    return a


def single():
    return abs(-1)


watch('CALL', ret=mon.DISABLE, only={'calls', 'single'})
watch('C_RETURN', 'C_RAISE', only={'calls', 'single'})
mon.set_local_events(TOOL, calls.__code__, E.CALL | E.C_RETURN | E.C_RAISE)
calls()
flush('one tool: first run')
calls()
flush('one tool: second run')
mon.set_local_events(TOOL, calls.__code__, 0)
watch('CALL', 'C_RETURN', 'C_RAISE', tool=3, only={'calls'})
mon.restart_events()
for tool in (TOOL, 3):
    mon.set_local_events(tool, calls.__code__, E.CALL | E.C_RETURN | E.C_RAISE)
calls()
flush('two tools, tool 2 disables')
mon.set_local_events(3, calls.__code__, 0)
mon.restart_events()
calls()
flush('back to one tool on a code that had two')
mon.set_local_events(TOOL, calls.__code__, 0)
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE)
single()
single()
mon.set_events(TOOL, 0)
flush('global events, one tool')
