# PY_RETURN and PY_YIELD report the value returned or yielded: None from a bare return and
# from falling off the end, constants (RETURN_CONST), tuples, a generator's return value,
# a lambda's result, a coroutine's result.
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


def bare():
    return


def falls():
    x = 1


def const():
    return 'c'


def tup(a):
    return a, a


def gen():
    yield (1, 2)
    return 'gen-ret'


async def co():
    return 4.5


watch('PY_RETURN', 'PY_YIELD', only={'bare', 'falls', 'const', 'tup', 'gen', 'co', '<lambda>'})
mon.set_events(TOOL, E.PY_RETURN | E.PY_YIELD)
bare(), falls(), const(), tup(7), list(gen()), (lambda: [])()
try:
    co().send(None)
except StopIteration:
    pass
mon.set_events(TOOL, 0)
flush('events')
