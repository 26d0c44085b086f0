# sys.setprofile over method calls, super(), properties, a class with __call__, builtins
# that call back into Python (map, sorted with key, max with key), a builtin that raises
# (c_exception), an exception unwinding through Python frames (return None), generators
# resumed by send/throw, and a profile function that raises (profiling stops).
import sys

log = []


def name_of(arg):
    if arg is None or isinstance(arg, (int, str)):
        return repr(arg)
    return getattr(arg, '__qualname__', None) or type(arg).__name__


def profiler(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        log.append((event, frame.f_code.co_name, name_of(arg)))


class Base:
    def hello(self):
        return 'base'


class Child(Base):
    def hello(self):
        return super().hello() + '!'

    @property
    def size(self):
        return 3

    def __call__(self, x):
        return x * 2


def deep(n):
    if n == 0:
        raise LookupError('bottom')
    return deep(n - 1)


def gen():
    got = yield 1
    try:
        yield got
    except ValueError:
        yield 'thrown'


def program():
    c = Child()
    c.hello()
    c.size
    c(4)
    list(map(abs, [-1]))
    sorted([3, 1], key=lambda v: -v)
    max([1, 5], key=str)
    try:
        [].pop()
    except IndexError:
        pass
    try:
        deep(2)
    except LookupError:
        pass
    g = gen()
    next(g)
    g.send('x')
    g.throw(ValueError)
    g.close()  # explicitly: CPython would close it when the last reference goes
    return 'end'


sys.setprofile(profiler)
program()
sys.setprofile(None)
for entry in log:
    print(entry)


def broken(frame, event, arg):
    if event == 'c_call':
        raise RuntimeError('profiler failed')


sys.setprofile(broken)
try:
    len('abc')
except RuntimeError as e:
    print('caught', e, sys.getprofile())
