# sys.settrace: break out of async for over an async generator, which is then closed
# explicitly (CPython would finalize it at once by reference counting).
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


async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        print('agen finally')


async def main():
    g = agen()
    async for x in g:
        if x == 1:
            break
    await g.aclose()
    return x


sys.settrace(tracer)
c = main()
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
sys.settrace(None)
