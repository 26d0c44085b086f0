# sys.setprofile: unbounded recursion under a profile function ends in RecursionError after the same number of events as CPython.
import sys


def show(arg):
    if isinstance(arg, tuple) and len(arg) == 3 and isinstance(arg[0], type) and issubclass(arg[0], BaseException):
        return f'{arg[0].__name__}({arg[1]})'
    if isinstance(arg, (tuple, list)):
        return type(arg).__name__ + '[' + ', '.join(show(x) for x in arg) + ']'
    if arg is None or isinstance(arg, (bool, int, float, str)):
        return repr(arg)
    return type(arg).__name__


def profiler(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    if event.startswith('c_'):
        what = f'{type(arg).__name__} {arg.__qualname__} self={type(arg.__self__).__name__}'
    else:
        what = show(arg)
    print(event, frame.f_code.co_qualname, frame.f_lineno - frame.f_code.co_firstlineno, what)


count = 0


def p(frame, event, arg):
    global count
    if frame.f_code.co_filename == __file__:
        count += 1


def down(n):
    return down(n + 1)


sys.setprofile(p)
try:
    down(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setprofile(None)
print(count)
