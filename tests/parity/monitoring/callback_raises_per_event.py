# A callback that raises, for each kind of event: where the callback's exception surfaces in
# the monitored program (the call fails, the generator fails, the original exception is
# replaced), and that monitoring goes on afterwards. (Not EXCEPTION_HANDLED: CPython 3.13.0
# loops forever when that callback raises inside the handler it reports.)
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


class Boom(Exception):
    pass


def target():
    try:
        raise KeyError('k')
    except KeyError:
        pass
    return len('x')


def gen():
    yield 1


def raiser(name):
    def callback(code, *args):
        if code in (target.__code__, gen.__code__):
            log.append('%s in %s' % (name, code.co_name))
            raise Boom(name)
    return callback


for name in ('PY_START', 'PY_RETURN', 'LINE', 'CALL', 'C_RETURN', 'RAISE', 'PY_YIELD', 'PY_RESUME'):
    event = getattr(E, name)
    mon.register_callback(TOOL, event, raiser(name))
    extra = E.C_RAISE | E.CALL if name == 'C_RETURN' else 0
    mon.set_events(TOOL, event | extra)
    try:
        g = gen()
        r = (target(), next(g), next(g, 'end'))
    except Exception as e:
        r = type(e).__name__ + ' ' + str(e)
    mon.set_events(TOOL, 0)
    mon.register_callback(TOOL, event, None)
    flush('%s: %s' % (name, r))
