# Where RAISE reports an exception out of a Python method: CALL runs a function inline (one
# unit before the CALL) only when it unpacked a bound method into an empty self slot or got
# a plain function; a bound method called with a value in the self slot (a with statement's
# __exit__) or through CALL_FUNCTION_EX is called, not inlined (the CALL's last cache unit).
import sys
mon = sys.monitoring
E = mon.events
mon.use_tool_id(1, 't')
def cb(code, off, exc):
    if code.co_name.startswith('t_'):
        print(code.co_name, off, repr(exc))
mon.register_callback(1, E.RAISE, cb)
class C:
    def m(self, *a):
        raise ValueError(a)
c = C()
bm = c.m
def t_bound_call():
    try: bm(1)
    except ValueError: pass
def t_method_call():
    try: c.m(1)
    except ValueError: pass
def t_ex_bound():
    try: bm(*(1, 2))
    except ValueError: pass
def t_ex_func():
    try: C.m(c, *(1, 2))
    except ValueError: pass
def t_ex_kw():
    try: bm(*(1,), **{})
    except ValueError: pass
mon.set_events(1, E.RAISE)
for f in (t_bound_call, t_method_call, t_ex_bound, t_ex_func, t_ex_kw):
    f()


class Exit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise KeyError('exit')


def t_with_exit():
    try:
        with Exit():
            pass
    except KeyError:
        pass


def t_with_exit_on_error():
    try:
        with Exit():
            raise ValueError('body')
    except KeyError:
        pass


def t_class_init():
    class K:
        def __init__(self):
            raise TypeError('init')
    try:
        K()
    except TypeError:
        pass


def t_staticmethod():
    class S:
        @staticmethod
        def s():
            raise IndexError('static')
    for f in (S.s, S().s):
        try:
            f()
        except IndexError:
            pass


for f in (t_with_exit, t_with_exit_on_error, t_class_init, t_staticmethod):
    f()
mon.set_events(1, 0)
