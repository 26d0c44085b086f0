class Empty:
    pass
class OnlyDocstring:
    """Nothing else."""
class Ellipsis_:
    ...
class WithEverything(Base, metaclass=Meta, flag=True):
    """Docstring."""
    __slots__ = ("a", "b")
    counter: int = 0
    names: list[str]
    x = y = 1
    a, b = 1, 2

    def __init__(self, a, b):
        self.a, self.b = a, b

    @classmethod
    def create(cls, *args): return cls(*args)

    @staticmethod
    def helper(): ...

    @property
    def value(self): return self.a

    @value.setter
    def value(self, v): self.a = v

    async def fetch(self): return await self.a

    class Nested:
        class Deeper:
            pass

    if DEBUG:
        def debug(self): pass
    else:
        debug = None

    for _i in range(3):
        pass
    del _i

    try:
        import numpy
    except ImportError:
        numpy = None

    with ctx:
        pass

    match mode:
        case "a":
            pass

    type Alias = int
    lambda_attr = lambda self: self.a
    comp = [n for n in range(3)]
