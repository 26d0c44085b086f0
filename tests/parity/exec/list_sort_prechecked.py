# list.sort's pre-checked key kinds (ints, strs, tuples by first item) against the generic order:
# stability, reverse, ties on the packed prefixes, values at the edges of the fast paths.
import random

rng = random.Random(7)


def show(label, xs):
    print(label, xs)


# ints: 32-bit range (packed), beyond it, at the long edges, and past a long (generic)
ints = [rng.randrange(-50, 50) for _ in range(40)]
show("small", sorted(ints))
show("small rev", sorted(ints, reverse=True))
big = [2**31, -2**31, 2**31 - 1, -2**31 - 1, 2**63 - 1, -2**63, 0, -1, 1, 2**40, -2**40]
show("long edges", sorted(big))
show("long edges rev", sorted(big, reverse=True))
show("past a long", sorted(big + [2**64, -2**64, 2**100]))
# stability: equal int keys keep their order, forwards and reversed
pairs = [(i, rng.randrange(5)) for i in range(30)]
show("stable", sorted(pairs, key=lambda p: p[1]))
show("stable rev", sorted(pairs, key=lambda p: p[1], reverse=True))
show("stable big", sorted(pairs, key=lambda p: p[1] * 2**40))
show("stable big rev", sorted(pairs, key=lambda p: p[1] * 2**40, reverse=True))

# strs: prefixes that tie ("a" and "a\0"), longer than the prefix, non-latin-1, empty
strs = ["", "a", "a\0", "a\0\0", "ab", "abcdefgh", "abcdefghi", "abcdefgh\0", "abcdefgg", "b",
        "\xff", "\xfe\xff", "z" * 20, "z" * 19 + "y", "A", "Z", " ", "\t", "abcdefgh" * 3]
show("strs", sorted(strs))
show("strs rev", sorted(strs, reverse=True))
wide = ["\u0100", "\u00ff", "\u4e00a", "\u4e00", "a\u4e00", "ab\u0101", "ab\u0100z", "\uffff", "\ufffe\uffff"]
show("wide", sorted(wide))
show("wide + latin", sorted(wide + strs))
show("astral", sorted(["\U0001f600", "\uffff", "a", "\U00010000", "\ud7ff"]))
show("surrogates", sorted(["\ud800", "\udfff", "\ue000", "a", "\U00010000"]))
words = ["w%03d" % rng.randrange(100) for _ in range(60)]
show("words", sorted(words))
show("words by len", sorted(words, key=len))
keyed = [(w, i) for i, w in enumerate(words)]
show("str key stable", sorted(keyed, key=lambda p: p[0])[:20])
show("str key stable rev", sorted(keyed, key=lambda p: p[0], reverse=True)[:20])

# tuples: first items ints or strs, ties decided by later items of any kind
rows = [(rng.randrange(4), rng.randrange(3) * 0.5, -rng.randrange(3)) for _ in range(30)]
show("tuple int first", sorted(rows))
show("tuple int first rev", sorted(rows, reverse=True))
rows = [("d%d" % rng.randrange(5), -rng.randrange(100), "n%d" % i) for i in range(30)]
show("tuple str first", sorted(rows))
rows = [("same-prefix-%d" % rng.randrange(3), i) for i in range(12)]
show("tuple long strs", sorted(rows))
show("tuple lengths", sorted([(1,), (1, 2), (1, 2, 3), (0, 9), (1, 1), (2,)]))
show("tuple big first", sorted([(2**70, 1), (1, 2), (-2**70, 3)]))
show("tuple first mixed", sorted([(1, "a"), (1.5, "b"), (0, "c")]))
show("tuple with empty", sorted([(), (1,), (0, 1), ()]))
nan = float("nan")
show("tuple nan", sorted([(1, nan), (0, 1.0), (1, 0.5)], key=lambda t: t[0]))


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.calls += 1
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return "K%d" % self.v


# a tuple whose later items need Python's comparison
rows = [(i % 3, Key(rng.randrange(10))) for i in range(20)]
show("tuple py key", sorted(rows))
print("lt called", Key.calls > 0)
for bad in ([(1, Key(1)), (1, 2)], [(1, "a"), (1, 2)], [("a", 1), ("a", "b")], [(2, 1), (2, None)]):
    try:
        sorted(bad)
    except Exception as e:
        print(type(e).__name__, e)

# bool and int subclasses are not exact ints: the generic order, same answer
show("bools", sorted([True, False, 1, 0, True]))


class I(int):
    pass


show("int subclass", sorted([I(3), 1, I(-2), 2**40]))
# already sorted and reversed input
show("sorted in", sorted(list(range(50)) + list(range(50))) == sorted(list(range(50)) * 2))
show("reversed in", sorted(list(range(100, 0, -1)))[:10])
xs = ["k%03d" % i for i in range(100)]
show("sorted strs in", (sorted(xs) == xs, sorted(xs[::-1]) == xs))
