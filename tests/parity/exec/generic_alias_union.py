# GenericAlias | X makes a types.UnionType (warnings.py writes `type[Warning] | None`), and
# a static type's __module__ is a string even for `type`, whose dict holds the descriptor.
x = type[int] | None
print(x, type(x).__name__, x.__args__)
print(None | list[int], int | list[str] | None)
print(list[int] | list[int], dict[str, int] | list[int] == list[int] | dict[str, int])
print(isinstance([], list | None), type.__module__, type[int], object.__module__)
try:
    list[int] | 3
except TypeError as e:
    print("TypeError:", e)
