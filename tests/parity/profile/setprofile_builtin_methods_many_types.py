# sys.setprofile: methods of int, float, bytes, bytearray, tuple, frozenset, set, range and iterators called on instances.
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


def f():
    (5).bit_length()
    (2.5).is_integer()
    b'ab'.decode()
    ba = bytearray()
    ba.append(1)
    (1, 2, 1).count(1)
    frozenset([1]).union([2])
    {1}.isdisjoint([2])
    range(5).index(3)
    it = iter([1, 2])
    it.__next__()
    'x'.encode()
    [3, 1].index(1)
    return 'done'


sys.setprofile(profiler)
f()
sys.setprofile(None)
