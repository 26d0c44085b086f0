# sys.gettrace returns the installed object, also a bound method or a callable instance, None when off.
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


class Tracer:
    def __call__(self, frame, event, arg):
        return None

    def method(self, frame, event, arg):
        return None


t = Tracer()
print(sys.gettrace())
sys.settrace(t)
print(sys.gettrace() is t)
sys.settrace(t.method)
print(sys.gettrace() == t.method)
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace())
try:
    sys.settrace()
except TypeError as e:
    print('TypeError', e)
