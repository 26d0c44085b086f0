# Sets and frozensets turned into lists (sorted, list, tuple, unpacking, star-args, join):
# iteration order as CPython's table; subclasses that override __iter__ are asked.
s = {5, 3, 9, 1, 33, 17}
fs = frozenset(["b", "a", "c", "aa"])
print(sorted(s), list(s), tuple(s), sorted(fs), sorted(fs, reverse=True), len(list(fs)))
print(sorted(s - {3}), list(frozenset(range(1, 10)) - {4}), [*s], "".join(sorted(fs)), max(s), min(fs))
(only,) = frozenset({42})
a, *rest = sorted({3, 1, 2})
print(only, a, rest, list(set()), sorted(frozenset()))


class S(set):
    def __iter__(self):
        print("S.__iter__")
        return iter([0, -1])


class F(frozenset):
    pass


print(list(S({1, 2})), sorted(S({7})), tuple(F({2, 1})), sorted(F("cab")))
s2 = {1, 2, 3}
print(list(x for x in s2), sorted(s2 | {0}), list(s2) == [1, 2, 3])
