# PY_YIELD and PY_RESUME as local events with DISABLE, in a generator driven by next() and
# send(): each yield and each resume point once, then re-armed by restart_events().
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
    x = yield 1
    y = yield x
    yield y
    return 'done'


mon.register_callback(TOOL, E.PY_YIELD, recorder('PY_YIELD', ret=mon.DISABLE))
mon.register_callback(TOOL, E.PY_RESUME, recorder('PY_RESUME', ret=mon.DISABLE))
mon.set_local_events(TOOL, gen.__code__, E.PY_YIELD | E.PY_RESUME)
g = gen()
print(next(g), g.send('a'), g.send('b'))
flush('first generator')
g = gen()
print(next(g), g.send('c'))
flush('second generator')
mon.restart_events()
print(g.send('d'))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
flush('after restart_events')
mon.set_local_events(TOOL, gen.__code__, 0)
