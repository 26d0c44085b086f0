# BRANCH for and/or short-circuits, conditional expressions, while/else, break and continue,
# assert, and not; JUMP for the loops' back edges and break/continue.
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


def logic(xs):
    out = []
    for x in xs:
        if x is None:
            continue
        if x > 5:
            break
        out.append('a' if x and x % 2 else 'b')
        ok = x > 1 or x < -1
        both = x > 0 and x < 3
        if not both:
            out.append(ok)
    else:
        out.append('no-break')
    n = 2
    while n:
        n -= 1
    else:
        out.append('while-else')
    assert out
    return out


watch('BRANCH', 'JUMP')
mon.set_local_events(TOOL, logic.__code__, E.BRANCH | E.JUMP)
print(logic([1, None, 2, 0]))
flush('no break')
print(logic([3, 9, 1]))
flush('break')
mon.set_local_events(TOOL, logic.__code__, 0)
