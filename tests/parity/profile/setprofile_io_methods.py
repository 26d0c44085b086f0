# sys.setprofile around io.StringIO and io.BytesIO: their methods are C methods in CPython
# (method descriptors), so a profiler sees c_call/c_return (c_exception for a failing one),
# never Python frames of _io; the profiler sees the classes' construction as no event at all.
import io
import sys

log = []


def name_of(arg):
    if arg is None:
        return None
    if callable(arg):
        return getattr(arg, '__qualname__', None) or getattr(arg, '__name__', None) or type(arg).__name__
    return repr(arg)


def profiler(frame, event, arg):
    log.append((event, frame.f_code.co_filename == __file__ and frame.f_code.co_name, name_of(arg)))


def program():
    s = io.StringIO()
    s.write('one\n')
    print('two', file=s)
    s.seek(0)
    s.readline()
    for line in s:
        pass
    s.getvalue()
    b = io.BytesIO(b'ab\ncd')
    b.read(1)
    b.readlines()
    b.getbuffer()
    try:
        b.fileno()
    except io.UnsupportedOperation:
        pass
    s.close()
    try:
        s.read()
    except ValueError:
        pass
    with io.BytesIO() as w:
        w.write(b'x')


sys.setprofile(profiler)
program()
sys.setprofile(None)
for entry in log:
    print(*entry)
