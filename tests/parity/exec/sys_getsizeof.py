# sys.getsizeof: the object's __sizeof__() plus CPython's pre-header for instances of classes
# made by Python code (GC header and managed dict); the errors and the default. Sizes of
# built-in objects are an implementation detail, so only Python classes' own sizes are printed.
import sys


class Sized:
    def __init__(self, n):
        self.n = n

    def __sizeof__(self):
        return self.n


class NotInt:
    def __sizeof__(self):
        return 'big'


class Negative:
    def __sizeof__(self):
        return -1


class Huge:
    def __sizeof__(self):
        return 2 ** 70


class Raising:
    def __sizeof__(self):
        raise KeyError('size')


def attempt(label, *args, **kw):
    try:
        print(label, '->', sys.getsizeof(*args, **kw))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


attempt('Sized(10)', Sized(10))
attempt('Sized(0)', Sized(0))
attempt('keywords', object=Sized(5), default=1)
attempt('NotInt', NotInt())
attempt('NotInt default', NotInt(), 'dflt')
attempt('Negative', Negative())
attempt('Negative default', Negative(), 'dflt')
attempt('Huge', Huge())
attempt('Raising', Raising())
attempt('Raising default', Raising(), 'dflt')
attempt('no args')
attempt('three args', 1, 2, 3)
attempt('bad keyword', obj=1)
print(isinstance(sys.getsizeof(0), int), sys.getsizeof(0) > 0, sys.getsizeof(object()) > 0)


class Slots:
    __slots__ = ('a',)

    def __sizeof__(self):
        return 10


class SlotsSub(Slots):
    pass


class WeakOnly:
    __slots__ = ('__weakref__',)

    def __sizeof__(self):
        return 10


class ListSub(list):
    def __sizeof__(self):
        return 10


class ExcSub(Exception):
    def __sizeof__(self):
        return 10


for cls in (Slots, SlotsSub, WeakOnly, ListSub, ExcSub):
    attempt(cls.__name__, cls())
