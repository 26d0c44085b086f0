# A pipeline of generator expressions and a generator function consumed lazily by next() and
# by a for loop over a list made from it: PY_START, PY_YIELD, PY_RESUME, PY_RETURN, with the
# callback returning DISABLE for PY_YIELD of the innermost stage only.
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


def source(n):
    for i in range(n):
        yield i


def run():
    squares = (x * x for x in source(3))
    evens = (y for y in squares if y % 2 == 0)
    first = next(evens)
    rest = list(evens)
    return first, rest


def yield_cb(code, offset, value):
    if code.co_filename == __file__ and code.co_name in ('source', '<genexpr>'):
        log.append('PY_YIELD %s %d %r' % (code.co_name, offset, value))
        if code.co_name == 'source':
            return mon.DISABLE


watch('PY_START', 'PY_RESUME', 'PY_RETURN', only={'source', '<genexpr>'})
mon.register_callback(TOOL, E.PY_YIELD, yield_cb)
mon.set_events(TOOL, E.PY_START | E.PY_RESUME | E.PY_RETURN | E.PY_YIELD)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
