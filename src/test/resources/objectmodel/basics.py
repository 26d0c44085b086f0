print(1, 'a', [1, 'b', (2,)], {'x': 1.5}, {3, 1, 2}, None, True)
class A:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"A({self.x!r})"
    def __eq__(self, o):
        return isinstance(o, A) and o.x == self.x
    def __hash__(self):
        return hash(self.x)
a = A(3)
print(a, [a], {a: 1}, a == A(3), A(3) in {a})
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'a'], key=str.upper))
print("x={:>5}|{:<4}|{:^7.2f}|{:,}|{:08.3f}|{:#x}".format(1, 'ab', 3.14159, 1234567, -2.5, 255))
print("%s %d %5.2f %r" % ('s', 42, 3.14159, 'q'))
print(f"{12345.678:_.1f} {0.1+0.2} {1e16} {1e-5:g} {123456789:e}")
print(" a b  c ".split(), "a,b,,c".split(","), "-".join(["x", "y"]), "abc".upper(), "Hello World".swapcase())
print(list(range(10))[2:8:2], "hello"[::-1], (1,2,3)[1:])
try:
    [].pop()
except IndexError as e:
    print("caught", e, repr(e))
class E(Exception):
    pass
try:
    raise E("boom", 2)
except Exception as e:
    print(type(e).__name__, e, e.args)
l = [1]; l.append(l); print(l)
d = {}; d['k'] = d; print(d)
print(dict(a=1, b=2), list(zip([1,2],[3,4])), list(enumerate("ab", 1)), list(map(str, [1,2])), list(filter(None, [0,1,2])))
print(max([1,5,3]), min("bca"), sum([1,2,3]), abs(-4), divmod(7, -2), pow(2, 10), round(2.675, 2), round(7.5))
print(int("ff", 16), float("1.5e3"), str(b"x"), bool([]), hex(255), bin(5), oct(8), chr(65), ord("a"))
s = {1, 2, 3}; s.discard(2); s.add(10); print(s, frozenset([3, 1]), set())
class P:
    @property
    def v(self): return 42
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(x): return x * 2
print(P().v, P.c(), P().s(4))
class B(A):
    def __init__(self):
        super().__init__(7)
print(B(), isinstance(B(), A), issubclass(B, A), B.__mro__)
print(type(iter([])), type(iter("")), type({}.keys()), {}.keys(), {1:2}.items())
print(repr(1.0), repr(-0.0), 1/3, 2**100, -7//2, -7%2, 7.5//2)
