# sys.settrace: a value sent through a coroutine into an __await__ generator.
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


class Op:
    def __await__(self):
        got = yield 'request'
        return got * 2


async def task():
    a = await Op()
    b = await Op()
    return a + b


sys.settrace(tracer)
c = task()
print(c.send(None))
print(c.send(1))
try:
    c.send(2)
except StopIteration as e:
    print('done', e.value)
sys.settrace(None)
