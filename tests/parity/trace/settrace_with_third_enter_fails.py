# sys.settrace: the third of three managers failing in __enter__: the re-raises between the exit handlers stay on the with line (no extra line event).
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


class C:
    def __init__(self, n, fail=False):
        self.n = n
        self.fail = fail

    def __enter__(self):
        if self.fail:
            raise RuntimeError('enter %d' % self.n)
        return self.n

    def __exit__(self, *exc):
        print('exit', self.n, exc[0].__name__ if exc[0] else None)


def f():
    try:
        with C(1) as a, C(2) as b, C(3, True) as c:
            pass
    except RuntimeError as e:
        return str(e)


sys.settrace(tracer)
f()
sys.settrace(None)
