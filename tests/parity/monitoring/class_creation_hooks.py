# Class creation: PY_START/PY_RETURN of the class body, __init_subclass__, __set_name__,
# a metaclass __new__ and __prepare__, and the CALLs in the class body, in order.
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


class Desc:
    def __set_name__(self, owner, name):
        self.name = name


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {}

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns, **kw)


class Base:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get('tag')


def make():
    class Child(Base, metaclass=Meta, tag='t'):
        d = Desc()
        x = len('abc')

        def m(self):
            return self.x
    return Child


watch('PY_START', 'PY_RETURN', 'CALL', only={'make', 'Child', '__set_name__', '__prepare__', '__new__', '__init_subclass__'})
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.CALL)
C = make()
mon.set_events(TOOL, 0)
print(C.__name__, C.tag, C.d.name, C().m())
flush('events')
