# isinstance consults an object's __class__ when its type says no (unittest.mock's autospec
# objects claim their spec's class this way); issubclass and type() do not.
class A:
    pass


class B(A):
    pass


class Claims:
    @property
    def __class__(self):
        return B


class NotAType:
    @property
    def __class__(self):
        return 42


class Missing:
    @property
    def __class__(self):
        raise AttributeError("no class")


class Broken:
    @property
    def __class__(self):
        raise ValueError("broken __class__")


c = Claims()
print(isinstance(c, A), isinstance(c, B), isinstance(c, Claims), isinstance(c, (int, A)), isinstance(c, int))
print(type(c).__name__, c.__class__.__name__, issubclass(Claims, A))
print(isinstance(NotAType(), A), isinstance(NotAType(), NotAType))
print(isinstance(Missing(), A), isinstance(Missing(), Missing))
try:
    isinstance(Broken(), A)
except ValueError as e:
    print("ValueError", e)
print(isinstance(Broken(), Broken))
