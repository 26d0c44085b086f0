# sys.settrace: a suspended generator's gi_frame f_lineno and f_lasti, seen from the tracer of its consumer.
import sys


def show(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type) and issubclass(arg[0], BaseException):
        return f'{arg[0].__name__}({arg[1]})'
    if isinstance(arg, (tuple, list)):
        return type(arg).__name__ + '[' + ', '.join(show(x) for x in arg) + ']'
    if arg is None or isinstance(arg, (bool, int, float, str)):
        return repr(arg)
    return type(arg).__name__


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print(event, frame.f_code.co_qualname, frame.f_lineno - frame.f_code.co_firstlineno, show(arg))
    return tracer


def t(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if frame.f_code.co_name == 'f' and event == 'line':
        gf = g.gi_frame
        if gf is not None:
            print('gen at', gf.f_lineno - gf.f_code.co_firstlineno, gf.f_lasti, g.gi_suspended, g.gi_running)
    return t


def gen():
    yield 1
    x = 2
    yield x


g = gen()


def f():
    next(g)
    next(g)
    return list(g)


sys.settrace(t)
f()
sys.settrace(None)
