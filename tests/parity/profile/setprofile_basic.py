# sys.setprofile: call/return for Python functions and generators, c_call/c_return for
# builtins, bound builtin methods and method descriptors, c_exception for a failing builtin,
# no c_call for classes; return None after an unwinding exception.
import sys

log = []


def name_of(arg):
    if arg is None:
        return None
    if callable(arg):
        return getattr(arg, '__qualname__', None) or getattr(arg, '__name__', None) or type(arg).__name__
    return repr(arg)


def profiler(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    log.append((event, frame.f_code.co_name, name_of(arg)))


class Point:
    def __init__(self, x):
        self.x = x


def gen():
    yield 1


def failing():
    raise KeyError('k')


def program():
    p = Point(1)
    len([1, 2])
    [].append(3)
    'a b'.split()
    str.upper('x')
    sorted([2, 1], key=abs)
    list(gen())
    try:
        int('bad')
    except ValueError:
        pass
    try:
        failing()
    except KeyError:
        pass
    return p.x


sys.setprofile(profiler)
program()
sys.setprofile(None)
for entry in log:
    print(entry)
print(sys.getprofile())
