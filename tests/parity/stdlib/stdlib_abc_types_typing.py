# abc (through _py_abc), types and typing on pyjama's typing objects
import abc
import types
import typing
from typing import Any, Callable, Generic, Optional, TypeVar, Union, get_args, get_origin


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @classmethod
    @abc.abstractmethod
    def unit(cls): ...

    @property
    @abc.abstractmethod
    def name(self): ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @classmethod
    def unit(cls):
        return "cm"

    @property
    def name(self):
        return "square"


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
sq = Square(3)
print(sq.area(), Square.unit(), sq.name, isinstance(sq, Shape), sorted(Shape.__abstractmethods__))


class Registered(abc.ABC):
    pass


Registered.register(int)
print(isinstance(3, Registered), issubclass(bool, Registered), issubclass(str, Registered))
print(type(abc.abstractclassmethod(len)).__name__, abc.abstractproperty.__mro__[1].__name__)

print(types.SimpleNamespace(a=1, b=[2]), types.FunctionType, types.ModuleType("m"))
print(type(int | None).__name__, int | None, (int | str) == (str | int), isinstance(3, int | str))
ns = types.SimpleNamespace(x=1)
ns.y = 2
print(ns, ns == types.SimpleNamespace(x=1, y=2))
print(types.MappingProxyType({"k": 1})["k"], types.new_class("Dyn", (object,)).__name__)

T = TypeVar("T")
K = TypeVar("K", bound=str)
print(T, K, K.__bound__, T.__name__)
print(Optional[int], Union[int, str], get_args(Union[int, str]), get_origin(list[int]))
print(typing.List[int], typing.Dict[str, int], Callable[[int], str], get_args(Callable[[int], str]))


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item


print(Box[int], Box.__parameters__, Box(3).item, Box[int](4).item)


def typed(a: int, b: "str" = "x") -> Optional[float]:
    return None


print(typing.get_type_hints(typed))


class Pair[A, B]:
    def first(self) -> A: ...


print(Pair.__type_params__, Pair[int, str], typing.get_origin(Pair[int, str]) is Pair)
print(typing.cast(int, "3"), typing.TYPE_CHECKING, Any)


class Movie(typing.TypedDict):
    title: str
    year: int


class Point(typing.NamedTuple):
    x: int
    y: int = 0


print(Movie(title="x", year=1), Point(1), Point._fields, Point.__annotations__)
