# LINE and BRANCH in a generator whose yields sit in try/except/finally, resumed by send
# and throw: which lines fire after each resume (the resume point's line fires again only
# when execution moves to another line).
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
    total = 0
    while True:
        try:
            v = yield total
            total += v
        except ValueError:
            total = -total
        finally:
            if total > 10:
                return total


watch('LINE', 'BRANCH', 'JUMP')
mon.set_local_events(TOOL, gen.__code__, E.LINE | E.BRANCH | E.JUMP)
g = gen()
steps = []
steps.append(next(g))
flush('start')
steps.append(g.send(3))
flush('send 3')
steps.append(g.throw(ValueError))
flush('throw')
try:
    g.send(20)
except StopIteration as e:
    steps.append(e.value)
flush('send 20')
mon.set_local_events(TOOL, gen.__code__, 0)
print(steps)
