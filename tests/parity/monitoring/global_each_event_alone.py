# Each local event set alone globally over the same function, one after another:
# PY_START, PY_RESUME, PY_RETURN, PY_YIELD, CALL, LINE, JUMP, BRANCH, INSTRUCTION (counted).
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


def gen(n):
    while n:
        yield n
        n -= 1


def work():
    t = 0
    for v in gen(2):
        if v > 1:
            t += v
    return t + len('ab')


for name in ('PY_START', 'PY_RESUME', 'PY_RETURN', 'PY_YIELD', 'CALL', 'LINE', 'JUMP', 'BRANCH'):
    mon.register_callback(TOOL, getattr(E, name), recorder(name, only={'work', 'gen'}))
    mon.set_events(TOOL, getattr(E, name))
    r = work()
    mon.set_events(TOOL, 0)
    mon.register_callback(TOOL, getattr(E, name), None)
    flush(name)
seen = []
mon.register_callback(TOOL, E.INSTRUCTION, lambda code, off: seen.append((code.co_name, off)) if code.co_name in ('work', 'gen') else None)
mon.set_events(TOOL, E.INSTRUCTION)
work()
mon.set_events(TOOL, 0)
print('INSTRUCTION', len(seen), seen[:6])
