# sys.settrace: a trace function raising on a generator's resumption.
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


count = 0


def bad(frame, event, arg):
    global count
    if frame.f_code.co_filename != __file__:
        return None
    print(event, frame.f_code.co_name, show(arg))
    if frame.f_code.co_name == 'gen' and event == 'call':
        count += 1
        if count == 2:
            raise RuntimeError('second resume')
    return bad


def gen():
    yield 1
    yield 2


g = gen()
sys.settrace(bad)
next(g)
try:
    next(g)
except RuntimeError as e:
    print('caught', e)
print(sys.gettrace(), list(g))
