# min/max over exact ints, strs, floats and tuples of them (the pre-checked comparison) and
# over values that need Python's comparison; ties keep the first; frozensets from set algebra.
nan = float("nan")
print(min(3, 1, 2), max(3, 1, 2), min([2**70, -2**70, 5]), max(["b", "a", "c"]), min("zyx"))
print(min(0.0, -0.0), max(0.0, -0.0), min(-0.0, 0.0), max(-0.0, 0.0))
print(min(1, 1.0), max(1.0, 1), min(True, 1), max(1, True), min(False, 0))
print(min(nan, 1.0), min(1.0, nan), max(nan, 2.0), max(2.0, nan))
print(min((1, 2), (1, 1), (0, 9)), max((1, "b"), (1, "a")), min((1, nan), (1, 0.5)), min((2,), (1, 5)))
print(min([(len(c), i) for i, c in enumerate(["abc", "a", "ab", "b"])]))
print(min(((len(c), i) for i, c in enumerate(["abc", "a", "ab", "b"]) if len(c) > 1)))
print(max("a", "B", "\xe9", "\u4e00", "\U0001f600"), min("\ud800", "\ue000"))
a, b = [1], [1]
print(min([(1, a), (1, b)])[1] is a, max([(1, a), (1, b)])[1] is a)
for bad in ([1, "a"], [(1, 2), (1, "x")], [None, 1]):
    try:
        print(min(bad))
    except TypeError as e:
        print("TypeError", e)


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v

    def __gt__(self, o):
        print("gt", self.v, o.v)
        return self.v > o.v


print(min(V(2), V(1), V(3)).v, max(V(2), V(1), V(3)).v, min([(1, V(2)), (1, V(1))])[1].v)
fs = frozenset(range(1, 10))
parts = [fs - {d} for d in range(1, 4)]
print(parts, [hash(p) == hash(frozenset(p)) for p in parts], {parts[0]: 1}[frozenset(range(2, 10))])
print(hash(frozenset()), hash(frozenset({1})) == hash(frozenset([1])), fs - {1} == frozenset(range(2, 10)))
print(repr(fs & {1, 2}), repr(fs | {10}), repr(fs ^ {1, 10}), sorted(fs - {5}), list(fs - fs), (fs - {5}) in {frozenset(range(1, 10)) - {5}})
