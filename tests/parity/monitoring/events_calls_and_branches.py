# CALL, C_RETURN and C_RAISE for Python functions, bound methods, builtins, methods of
# built-in types, classes, f(*args, **kwargs) and failing builtins; BRANCH for if/while/for
# and JUMP for loops.
import sys

mon = sys.monitoring
E = mon.events
TOOL = mon.PROFILER_ID
mon.use_tool_id(TOOL, 'calls')
log = []


def name_of(obj):
    if obj is mon.MISSING:
        return 'MISSING'
    return getattr(obj, '__qualname__', None) or type(obj).__name__


def recorder(event):
    def callback(code, offset, *args):
        log.append((event, code.co_name, offset, *[name_of(a) for a in args]))
    return callback


for event in ('CALL', 'C_RETURN', 'C_RAISE', 'BRANCH', 'JUMP'):
    mon.register_callback(TOOL, getattr(E, event), recorder(event))


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self, scale=1):
        return abs(self.x) * scale


def helper(*args, **kwargs):
    return len(args) + len(kwargs)


def calls():
    p = Point(-3)
    p.norm()
    p.norm(scale=2)
    Point.norm(p)
    m = p.norm
    m()
    helper(1, 2, k=3)
    helper(*[1, 2], **{'a': 1})
    len('abc')
    'a,b'.split(',')
    sorted([3, 1, 2], key=abs)
    max(1, 2)
    try:
        int('x')
    except ValueError:
        pass
    print
    return [x * 2 for x in range(2)]


def branches(n):
    total = 0
    while n > 0:
        if n % 2:
            total += n
        n -= 1
    for c in 'ab':
        total += 1
    return total


def flush(title):
    print(title)
    for entry in log:
        print('   ', entry)
    log.clear()


mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE)
calls()
mon.set_events(TOOL, 0)
flush('calls')

mon.set_events(TOOL, E.BRANCH | E.JUMP)
branches(3)
mon.set_events(TOOL, 0)
flush('branches and jumps')

mon.set_local_events(TOOL, branches.__code__, E.BRANCH)
branches(2)
mon.set_local_events(TOOL, branches.__code__, 0)
flush('local branches')
