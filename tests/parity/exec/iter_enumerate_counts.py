# enumerate's count: a long while it fits, then an int of any size (Iterators.enumerate).
import sys
m = sys.maxsize
print(list(enumerate("abc")), list(enumerate("abc", 5)), list(enumerate("ab", -1)), list(enumerate("", 3)))
print(list(enumerate("abcd", m - 2)))
print(list(enumerate("abc", 2 ** 63 - 1)), list(enumerate("ab", 2 ** 64)), list(enumerate("ab", -(2 ** 63) - 1)))
print(list(enumerate("ab", True)), [type(i).__name__ for i, _ in enumerate("ab", True)])


class I:
    def __index__(self):
        return 7


class MyInt(int):
    pass


print(list(enumerate("ab", I())), [type(i).__name__ for i, _ in enumerate("ab", MyInt(3))])
for bad in (1.5, "x", None):
    try:
        enumerate("a", bad)
    except TypeError as e:
        print("TypeError", e)
e = enumerate(iter(range(3)))
print(next(e), list(e), list(e))
print(list(enumerate(range(3), start=10)), sum(i for i, _ in enumerate(range(1000))))
