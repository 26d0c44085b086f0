# Two live generators of the same code: a LINE callback returning DISABLE while the first is
# suspended affects the second at the same lines, and both after restart_events().
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
    a = yield 1
    b = yield 2
    return 3


mon.register_callback(TOOL, E.LINE, recorder('LINE', ret=mon.DISABLE))
mon.set_local_events(TOOL, gen.__code__, E.LINE)
g1, g2 = gen(), gen()
next(g1)
flush('g1 to first yield')
next(g2)
flush('g2 to first yield (line disabled)')
next(g1)
flush('g1 to second yield')
mon.restart_events()
next(g2)
flush('g2 to second yield after restart')
for g in (g1, g2):
    try:
        next(g)
    except StopIteration as e:
        log.append('   returned %r' % e.value)
flush('both finish')
mon.set_local_events(TOOL, gen.__code__, 0)
