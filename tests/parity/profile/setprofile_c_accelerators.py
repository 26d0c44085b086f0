# sys.setprofile around the standard library's C accelerators: heapq, bisect, functools and
# operator functions are builtins (c_call/c_return, and c_exception), while calling an
# itemgetter, a partial or an lru_cache wrapper is no c_call (they are not builtin functions),
# only the Python functions they call give call/return events.
import bisect
import functools
import heapq
import operator
import sys


def profiler(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    if event.startswith('c_'):
        what = f'{type(arg).__name__} {arg.__module__}.{arg.__qualname__} self={type(arg.__self__).__name__}'
    else:
        what = type(arg).__name__
    print(event, frame.f_code.co_qualname, frame.f_lineno - frame.f_code.co_firstlineno, what)


def add(a, b):
    return a + b


@functools.lru_cache(maxsize=4)
def square(x):
    return x * x


def heaps():
    h = []
    heapq.heappush(h, 3)
    heapq.heappush(h, 1)
    heapq.heapify(h)
    heapq.heappushpop(h, 2)
    return heapq.heappop(h)


def bisects():
    a = [1, 3]
    bisect.insort(a, 2)
    bisect.insort_left(a, 0, key=abs)
    return bisect.bisect_left(a, 2), bisect.bisect_right(a, 2)


def functional():
    total = functools.reduce(add, [1, 2, 3])
    inc = functools.partial(add, 1)
    key = functools.cmp_to_key(lambda a, b: a - b)
    return total, inc(5), square(3), square(3), key(1) < key(2)


def operators():
    pair = (1, 2)
    return operator.add(1, 2), operator.itemgetter(1)(pair), operator.attrgetter('real')(3), operator.neg(4)


def failing():
    try:
        heapq.heappop([])
    except IndexError:
        pass
    try:
        operator.truediv(1, 0)
    except ZeroDivisionError:
        pass


sys.setprofile(profiler)
heaps()
bisects()
functional()
operators()
failing()
sys.setprofile(None)
