# sys.settrace: the f_locals proxy in a tracer: new keys, deleting a local, membership, len.
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
    if frame.f_code.co_filename != __file__ or event != 'line':
        return t
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    loc = frame.f_locals
    if rel == 2:
        loc['extra'] = 'added'
        print('a' in loc, 'b' in loc, 'extra' in loc, len(loc))
        try:
            del loc['a']
        except (ValueError, KeyError, TypeError) as e:
            print(type(e).__name__, e)
    return t


def f():
    a = 1
    b = 2
    return sorted(sys._getframe().f_locals)


sys.settrace(t)
print(f())
sys.settrace(None)
