# CONTAINS_OP on exact sets, frozensets and dicts (the shortcut) and on their subclasses,
# with unhashable items, sets looked up as frozensets, and equal-but-not-identical keys.
fs = frozenset({1, 2, 3, "a", (1, 2)})
s = {1, 2, 3, "a", (1, 2), frozenset({9})}
d = {1: "x", "a": "y", (1, 2): "z"}
for c in (fs, s, d):
    print(type(c).__name__, 1 in c, 4 not in c, 1.0 in c, True in c, "a" in c, (1, 2) in c, 2**70 in c)
print({9} in s, frozenset({9}) in s, set() in fs, {1} not in fs)
for c in (fs, s, d):
    for bad in ([1], {}, bytearray(b"x")):
        try:
            bad in c
        except TypeError as e:
            print(type(c).__name__, "TypeError", e)
try:
    {1} in d
except TypeError as e:
    print("dict TypeError", e)


class S(set):
    def __contains__(self, x):
        print("S.__contains__", x)
        return True


class F(frozenset):
    pass


class D(dict):
    def __contains__(self, x):
        return x == "only"


print(5 in S({1}), 1 in F({1}), 2 in F({1}), "only" in D(), "a" in D(a=1))


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return isinstance(other, K) and self.v == other.v


ks = frozenset({K(1), K(2)})
print(K(1) in ks, K(3) in ks, K(2) in {K(2): 0})


class Bad:
    def __hash__(self):
        raise ValueError("no hash")


for c in (fs, s, d):
    try:
        Bad() in c
    except ValueError as e:
        print("ValueError", e)
print(float("nan") in {float("nan")}, (n := float("nan")) in {n}, n in frozenset([n]))
