# sys.settrace: async for over an async generator and async with, in one coroutine.
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


class ACM:
    async def __aenter__(self):
        return 'entered'

    async def __aexit__(self, *exc):
        return False


async def agen():
    yield 'a'
    yield 'b'


async def main():
    out = []
    async with ACM() as v:
        out.append(v)
    async for x in agen():
        out.append(x)
    return out


sys.settrace(tracer)
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
sys.settrace(None)
