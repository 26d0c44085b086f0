# INSTRUCTION with two tools. In 3.13.0 the per-instruction tool table is created (empty) when
# a second tool arrives, so the tool that was there first gets no more INSTRUCTION events;
# after restart_events() both do: tool 2 disables each offset after its first sight, tool 3
# keeps all. Also when the second tool comes on LINE instead of INSTRUCTION.
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


mon.use_tool_id(3, 'all')


def f():
    t = 0
    for i in range(2):
        t += i
    return t


counts = {}


def counter(tool, ret):
    def callback(code, offset):
        if code.co_name == 'f':
            counts[tool, offset] = counts.get((tool, offset), 0) + 1
            return ret
    return callback


def report(title):
    print(title)
    for tool in (TOOL, 3):
        print('   ', tool, [(off, n) for (t, off), n in sorted(counts.items()) if t == tool])
    counts.clear()


mon.register_callback(TOOL, E.INSTRUCTION, counter(TOOL, mon.DISABLE))
mon.register_callback(3, E.INSTRUCTION, counter(3, None))
mon.register_callback(3, E.LINE, lambda code, line: None)
for t in (TOOL, 3):
    mon.set_local_events(t, f.__code__, E.INSTRUCTION)
f()
f()
report('tool 2 then tool 3')
mon.restart_events()
f()
f()
report('after restart_events')
for t in (TOOL, 3):
    mon.set_local_events(t, f.__code__, 0)

g_code = compile('def f():\n    t = 0\n    for i in range(2):\n        t += i\n    return t\n', __file__, 'exec')
ns = {}
exec(g_code, ns)
g = ns['f']
mon.register_callback(TOOL, E.INSTRUCTION, counter(TOOL, None))
mon.set_local_events(TOOL, g.__code__, E.INSTRUCTION)
g()
mon.set_local_events(3, g.__code__, E.LINE)
mon.register_callback(TOOL, E.LINE, lambda code, line: None)
mon.set_local_events(TOOL, g.__code__, E.INSTRUCTION | E.LINE)
g()
report('a fresh code: tool 2 INSTRUCTION, then LINE for tools 2 and 3')
mon.set_local_events(TOOL, g.__code__, 0)
mon.set_local_events(3, g.__code__, 0)
