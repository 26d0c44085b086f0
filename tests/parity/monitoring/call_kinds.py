# CALL events for every kind of call: positional, keywords, *args/**kwargs, bound and
# unbound methods, staticmethod/classmethod, builtin functions and methods, classes,
# instances with __call__, a bound method from getattr; with C_RETURN/C_RAISE for the non-Python ones.
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


class A:
    def m(self, x=0):
        return x

    @staticmethod
    def s(x):
        return x

    @classmethod
    def c(cls, x):
        return x

    def __call__(self, *a):
        return len(a)


def f(a, b=0, *rest, **kw):
    return a


def calls():
    a = A()
    f(1)
    f(1, b=2)
    f(*(1, 2, 3), **{'z': 1})
    f(a=5)
    a.m(1)
    A.m(a, 2)
    a.s(3)
    A.c(4)
    a(1, 2)
    A()
    len((1,))
    [].append(1)
    'a-b'.split(sep='-')
    getattr(a, 'm')(7)
    (lambda *a: a)(*[1])
    return divmod(7, 2)


watch('CALL', 'C_RETURN', 'C_RAISE', only={'calls'})
mon.set_events(TOOL, E.CALL | E.C_RETURN | E.C_RAISE)
r = calls()
mon.set_events(TOOL, 0)
print(r)
flush('events')
