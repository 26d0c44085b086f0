# Attribute access running Python code without a CALL instruction: property getters and
# setters, __getattribute__, a data descriptor's __get__/__set__, __set_name__-free
# descriptors, __getitem__/__setitem__ via subscripts: PY_START/PY_RETURN and no CALL.
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


class D:
    def __get__(self, obj, owner):
        return 'd'

    def __set__(self, obj, value):
        obj.__dict__['_d'] = value


class C:
    d = D()

    @property
    def p(self):
        return 1

    @p.setter
    def p(self, v):
        pass

    def __getitem__(self, k):
        return k

    def __setitem__(self, k, v):
        pass


class G:
    def __getattribute__(self, name):
        return name


def run():
    c = C()
    c.p = c.p
    c.d = c.d
    c[1] = c[2]
    return G().anything


watch('PY_START', 'PY_RETURN', 'CALL', only={'run', '__get__', '__set__', 'p', '__getitem__', '__setitem__', '__getattribute__'})
mon.set_events(TOOL, E.PY_START | E.PY_RETURN | E.CALL)
r = run()
mon.set_events(TOOL, 0)
print(r)
flush('events')
