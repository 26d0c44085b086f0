"""Descriptors, metaclasses, class decorators and context managers working together."""
import functools
import threading
import time
import weakref
from contextlib import contextmanager
from typing import Any, Callable, ClassVar, Generic, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def retry(times: int = 3, *, exceptions: tuple[type[BaseException], ...] = (Exception,),
          delay: float = 0.0) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            last: BaseException | None = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    last = exc
                    if delay:
                        time.sleep(delay * attempt)
            assert last is not None
            raise last
        return wrapper
    return decorate


class Typed[T]:
    """A data descriptor checking the type of what is stored."""

    def __init__(self, kind: type[T], default: T | None = None) -> None:
        self.kind, self.default = kind, default
        self.values: weakref.WeakKeyDictionary[Any, T] = weakref.WeakKeyDictionary()

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = f"{owner.__name__}.{name}"

    def __get__(self, obj: Any, objtype: type | None = None) -> "T | Typed[T]":
        if obj is None:
            return self
        return self.values.get(obj, self.default)

    def __set__(self, obj: Any, value: T) -> None:
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        self.values[obj] = value


class Registry(type):
    classes: ClassVar[dict[str, type]] = {}

    def __new__(mcs, name: str, bases: tuple[type, ...], ns: dict[str, Any], /, **kw: Any):
        cls = super().__new__(mcs, name, bases, ns)
        if not kw.get("abstract", False):
            mcs.classes[name.lower()] = cls
        return cls

    def __init__(cls, name, bases, ns, /, **kw):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        instance = super().__call__(*args, **kwargs)
        instance._created = time.monotonic()
        return instance


def singleton(cls):
    instances = {}
    lock = threading.Lock()

    @functools.wraps(cls, updated=())
    def get(*args, **kwargs):
        with lock:
            if cls not in instances:
                instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get


class Shape(metaclass=Registry, abstract=True):
    name = Typed(str, "shape")
    sides = Typed(int, 0)

    def area(self) -> float:
        raise NotImplementedError


class Square(Shape):
    side = Typed(float, 1.0)

    def __init__(self, side: float) -> None:
        self.name, self.sides, self.side = "square", 4, side

    def area(self) -> float:
        return self.side ** 2


@singleton
class Config:
    def __init__(self, **values: Any) -> None:
        self.values = values


@contextmanager
def timer(label: str, sink: list[str] | None = None):
    start = time.perf_counter()
    try:
        yield
    except Exception as exc:
        (sink if sink is not None else []).append(f"{label} failed: {exc!r}")
        raise
    else:
        (sink if sink is not None else []).append(f"{label}: {time.perf_counter() - start:.1e}s")


@retry(times=2, exceptions=(ZeroDivisionError,))
def flaky(counter: list[int]) -> float:
    counter.append(1)
    return 1 / (len(counter) - 1)


log: list[str] = []
with timer("squares", log):
    print(Square(3.0).area(), sorted(Registry.classes), Config(a=1) is Config(b=2))
try:
    Square(2.0).side = "big"
except TypeError as e:
    print(e)
print(flaky([]), log[0].split(":")[0], Square.side, sep=" | ")
