# super() in its forms: zero-argument method call, two-argument, attribute (not a call),
# in a classmethod, in __init__, and super().__init__ of a builtin base: CALL, C_RETURN,
# PY_START with DISABLE on the second pass.
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


class Base:
    val = 'base-val'

    def m(self):
        return 'base-m'

    @classmethod
    def cm(cls):
        return cls.__name__


class Child(Base, dict):
    def __init__(self):
        super().__init__()
        dict.__init__(self)

    def m(self):
        return super().m() + super(Child, self).m() + super().val

    @classmethod
    def cm(cls):
        return super().cm()


def run():
    c = Child()
    return c.m(), Child.cm()


watch('CALL', 'C_RETURN', 'PY_START', only={'run', 'm', 'cm', '__init__'})
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE | E.PY_START)
r = run()
flush('first')
mon.register_callback(TOOL, E.CALL, recorder('CALL', ret=mon.DISABLE, only={'m', 'cm', '__init__'}))
run()
flush('DISABLE CALL')
run()
mon.set_events(TOOL, 0)
print(r)
flush('after DISABLE')
