# INSTRUCTION as a global event over a generator and its consumer: every offset in order,
# across yields and resumes, together with PY_YIELD and PY_RESUME.
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


def gen():
    yield 1
    yield 2


def use():
    g = gen()
    a = next(g)
    b = next(g)
    return a + b


watch('INSTRUCTION', 'PY_YIELD', 'PY_RESUME', only={'gen', 'use'})
mon.set_events(TOOL, E.INSTRUCTION | E.PY_YIELD | E.PY_RESUME)
r = use()
mon.set_events(TOOL, 0)
print(r)
flush('events')
