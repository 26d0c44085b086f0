# random on _random's Mersenne Twister: seeded draws, state round trips and errors as CPython's
import random

random.seed(42)
print(random.random(), random.randrange(100), random.choice("abcdef"))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(1000), 5), random.gauss(0, 1), random.uniform(1, 2))
print(random.getrandbits(100), random.randint(-10**30, 10**30), random.getrandbits(0), random.getrandbits(32))
print(random.choices("abc", k=5), random.choices("xyz", weights=[1, 0, 5], k=4), random.binomialvariate(10, 0.3))
print(random.normalvariate(5, 2), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2, 3))
print(random.paretovariate(3), random.weibullvariate(1, 2), random.randbytes(6))

# seeds: ints of any size and sign, floats (by hash), str and bytes (by sha512)
for seed in (0, 1, -1, 2**32, 2**100 + 7, -12345678901234567890123, 3.5, "hello", b"hello", bytearray(b"ab")):
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.getrandbits(70))
random.seed("hello", version=1)
print(random.random())

# state: getstate/setstate round trip, and the state tuple's shape
random.seed(0)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], state[0], len(state[1]), state[1][-1], state[2])

# independent generators and subclasses
r = random.Random(7)
print(r.random(), r.expovariate(1.0), r.triangular(), r.betavariate(2, 3))
print(random.Random(10**100).random(), random.Random(0).random(), random.Random("x").randrange(10**20))

class Mine(random.Random):
    def random(self):
        return 0.5

m = Mine(1)
print(m.random(), m.randrange(10), m.choice("xyz"))

class Bits(random.Random):
    pass

b = Bits(3)
print(type(b).__name__, b.getrandbits(40), isinstance(b, random.Random))

for bad in ["random.getrandbits(-1)", "random.Random().setstate(1)", "random.Random().setstate((3, (1,) * 10, None))",
            "random.randrange(0)", "random.choice([])", "random.sample([1], 2)", "random.Random(1, 2)",
            "random.Random()._random__x", "random.getrandbits(1.5)"]:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
import _random
g = _random.Random(5)
print(g.random(), type(g).__name__, _random.Random.__module__)
for bad in ["g.setstate(())", "g.setstate(tuple(range(624)) + (625,))", "g.setstate(tuple(range(624)) + (-1,))",
            "g.setstate(tuple([-1] * 624) + (0,))", "g.seed(1, 2)", "_random.Random(x=1)"]:
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
