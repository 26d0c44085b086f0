# Instructions with EXTENDED_ARG (a jump over a long body, a constant index above 255):
# INSTRUCTION, LINE, BRANCH and JUMP offsets around them, counted and sampled.
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


src = 'def big(x):\n    if x:\n' + ''.join('        v%d = %d\n' % (i, i + 1000) for i in range(300)) + '        return v299\n    while x < 2:\n        x += 1\n    return x\n'
ns = {}
exec(compile(src, __file__, 'exec'), ns)
big = ns['big']
seen = {'INSTRUCTION': [], 'LINE': [], 'BRANCH': [], 'JUMP': []}


def rec(name):
    def callback(code, *args):
        if code is big.__code__:
            seen[name].append(args)
    return callback


for name in seen:
    mon.register_callback(TOOL, getattr(E, name), rec(name))
mon.set_local_events(TOOL, big.__code__, E.INSTRUCTION | E.LINE | E.BRANCH | E.JUMP)
r = big(1), big(0)
mon.set_local_events(TOOL, big.__code__, 0)
print(r)
for name, got in seen.items():
    print(name, len(got), got[:4], got[-4:])
