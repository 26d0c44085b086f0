# itertools (Java) and functools, operator (pure Python) together
import itertools as it
import functools
import operator

print(list(it.chain([1, 2], "ab", range(2))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, None, 2)))
print(list(it.repeat("x", 3)), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4], max)), list(it.accumulate([1, 2], initial=10)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.zip_longest("ab", "xyz", fillvalue="-")), list(it.pairwise("abcd")), list(it.batched(range(7), 3)))
print(list(it.product("ab", range(2))), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
print([(k, len(list(g))) for k, g in it.groupby("aaabccdd")])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.islice(it.cycle("ab"), 5)))
print(it.count(3), it.repeat(1, 2))

print(functools.reduce(operator.mul, range(1, 6)), functools.reduce(lambda x, y: x + y, [], 0))
square = functools.partial(pow, exp=2)
print(square(7), square.keywords)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info().hits > 0)

@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

print(V(1) <= V(2), V(3) >= V(2), sorted([V(3), V(1)], key=functools.cmp_to_key(lambda a, b: a.v - b.v))[0].v)

@functools.wraps(len)
def wrapper(*args):
    return len(*args)

print(wrapper.__name__, wrapper.__wrapped__ is len)

@functools.singledispatch
def describe(x):
    return "object"

@describe.register
def _(x: int):
    return "int"

print(describe(1), describe("s"), describe(2.5))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))
print(operator.add(1, 2), operator.neg(5), operator.contains([1], 1), operator.index(7))
