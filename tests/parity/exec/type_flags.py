# type.__flags__: the bits code reads (inspect.isabstract, pytest's collection), with CPython's values
import abc
import inspect

HEAPTYPE, BASETYPE, IS_ABSTRACT = 1 << 9, 1 << 10, 1 << 20
SUBCLASS_BITS = 0xFF << 24
MASK = HEAPTYPE | BASETYPE | IS_ABSTRACT | SUBCLASS_BITS | (1 << 8) | (1 << 12)


class Plain:
    pass


class Slotted:
    __slots__ = ()


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Concrete(Base):
    def run(self):
        return 1


class MyError(KeyError):
    pass


class MyInt(int):
    pass


class MyDict(dict):
    pass


class Meta(type):
    pass


for t in (type, object, int, bool, list, tuple, bytes, str, dict, Exception, Plain, Slotted,
          Base, Concrete, MyError, MyInt, MyDict, Meta):
    print(t.__name__, t.__flags__ & MASK, inspect.isabstract(t))

print(type(True.__flags__ if hasattr(True, "__flags__") else None).__name__)
Base.__abstractmethods__ = frozenset()
print(inspect.isabstract(Base))
