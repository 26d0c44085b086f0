# Calling a class whose __init__ or __new__ raises, and a class whose metaclass __call__
# raises: CALL, C_RAISE for the class, RAISE and PY_UNWIND inside, RAISE in the caller.
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


class InitFails:
    def __init__(self):
        raise ValueError('init')


class NewFails:
    def __new__(cls):
        raise TypeError('new')


class M(type):
    def __call__(cls):
        raise KeyError('meta')


class MetaFails(metaclass=M):
    pass


def run():
    out = []
    for cls in (InitFails, NewFails, MetaFails):
        try:
            cls()
        except Exception as e:
            out.append(type(e).__name__)
    return out


watch('CALL', 'C_RAISE', 'C_RETURN', 'RAISE', 'PY_UNWIND', 'EXCEPTION_HANDLED', only={'run', '__init__', '__new__', '__call__'})
mon.set_events(TOOL, E.CALL | E.C_RAISE | E.C_RETURN | E.RAISE | E.PY_UNWIND | E.EXCEPTION_HANDLED)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
