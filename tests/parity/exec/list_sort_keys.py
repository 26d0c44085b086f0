# list.sort / sorted (interp/ListSort): keys pre-checked for one simple type, key functions
# called through the CALL shortcuts; stability, reverse, call order and errors as CPython's.
calls = []


def k(x):
    calls.append(x)
    return x % 3


data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]
print(sorted(data, key=k), calls)
calls.clear()
print(sorted(data, key=k, reverse=True), calls)
words = ["b", "A", "c", "B", "a", "C", "é", "É", "\U0001F600", "z\U0001F600", "z"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3, 1.5, True, -2, 2 ** 70, -(2 ** 70), 0.0, -0.0, False]))
print(sorted([0.0, -0.0, 1.0, -1.0, 1e308, -1e308, float("inf"), float("-inf")]))
print(sorted([-0.0, 0.0]), sorted([0.0, -0.0]), sorted([-0.0, 0.0], reverse=True))
print(sorted([2 ** 63, 2 ** 63 - 1, -(2 ** 63), -(2 ** 63) - 1, 0]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), ()]), sorted([[2], [1, 2], [1]]))
print(sorted(["\ud800", "\uffff", "\U00010000", "a"]))
print(sorted([3, 1, 2], key=None), sorted([], key=k), sorted([1], key=k))
pairs = [(i % 3, i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted("hello world", key=ord), sorted(map(str, range(12)), key=int, reverse=True))


class Rec:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __repr__(self):
        return "R%d" % self.n


print(sorted([Rec(2), Rec(1), Rec(3)]))


def err(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ok", r)


err(lambda: sorted([1, "a"]))
err(lambda: sorted([1, 2], key=lambda x: 1 / (x - 2)))
err(lambda: sorted(["a", 1], key=str.lower))
err(lambda: sorted([1, 2], key=len))
err(lambda: sorted([1, 2], key=3))
lst = [3, 1, 2]


def bad(x):
    lst.append(x)
    return x


err(lambda: lst.sort(key=bad))
print(lst)
lst = [3, 1, 2]


def peek(x):
    print("during sort:", lst)
    return x


lst.sort(key=peek)
print(lst)
lst = [3, 1, "x", 2]
err(lambda: lst.sort())
print(sorted(lst, key=str))


class S(str):
    pass


print(sorted([S("b"), "a", S("c")]), sorted([True, False, True, 0, 1]))
