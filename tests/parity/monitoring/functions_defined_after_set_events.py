# Functions created after the events were set (nested defs in a loop, exec'd code, a
# lambda made by a factory) get instrumented on their first call; local events set on one
# nested function's code apply to every function sharing that code object.
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


def factory(k):
    def made(x):
        return x * k
    return made


watch('PY_START', 'LINE', only={'made', '<lambda>', 'late'})
mon.set_events(TOOL, E.PY_START)
fs = [factory(i) for i in range(2)]
ns = {}
exec('def late():\n    return 7\n', ns)
out = [f(3) for f in fs] + [ns['late'](), (lambda: 5)()]
mon.set_events(TOOL, 0)
flush('global PY_START')
mon.set_local_events(TOOL, fs[0].__code__, E.LINE)
out += [fs[1](2), factory(9)(1)]
mon.set_local_events(TOOL, fs[0].__code__, 0)
print(out, fs[0].__code__ is fs[1].__code__)
flush('local LINE on the shared code')
