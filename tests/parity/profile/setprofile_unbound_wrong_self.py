# sys.setprofile: an unbound method descriptor called on the wrong type: the profiler's binding fails first.
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


def p(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        print(event, frame.f_code.co_name, getattr(arg, '__qualname__', show(arg)))


def f():
    try:
        list.append('text', 1)
    except TypeError as e:
        print('TypeError', e)
    return 'after'


sys.setprofile(p)
f()
print(sys.getprofile() is p)
sys.setprofile(None)
