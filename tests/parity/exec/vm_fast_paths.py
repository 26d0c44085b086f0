# The interpreter's shortcuts must keep every semantic: LOAD_GLOBAL's cache when globals and
# builtins change under it, positional calls with defaults, bound methods, errors.
import builtins
real_len = builtins.len

def use_len(x):
    return len(x)

print(use_len("abc"))
def len(x):            # a global now shadows the builtin the cache held
    return -1
print(use_len("abc"))
del len                # and the builtin shows through again
print(use_len("abc"))
builtins.len = lambda x: 42   # the builtins dict itself changes
print(use_len("abc"))
del builtins.len
try:
    use_len("abc")
except NameError as e:
    print(type(e).__name__, e)
import sys
builtins.len = real_len
print(use_len([1, 2]))

counter = 0
def bump():
    global counter
    counter += 1
    return counter
for i in range(5):
    bump()
print(counter)

def reader():
    return value
for value in range(3):
    print(reader())

g1 = {"k": 1}
g2 = {"k": 2}
code = compile("def f():\n    return k\n", "<s>", "exec")
exec(code, g1)
exec(code, g2)
print(g1["f"](), g2["f"](), g1["f"](), g2["f"]())
g1["k"] = 10
print(g1["f"](), g2["f"]())

def defaults(a, b=2, c=3):
    return a, b, c
print(defaults(1), defaults(1, 5), defaults(1, 5, 6))
defaults.__defaults__ = (20, 30)
print(defaults(1))
defaults.__defaults__ = None
try:
    defaults(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    defaults(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    defaults()
except TypeError as e:
    print(type(e).__name__, e)

class C:
    def __init__(self, x, y=7):
        self.x, self.y = x, y
    def m(self, z=1):
        return self.x + self.y + z
    @property
    def p(self):
        return self.m()

c = C(1)
bound = c.m
print(c.m(), bound(), bound(10), c.p, C(2, 3).p)
try:
    bound(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    C()
except TypeError as e:
    print(type(e).__name__, e)

def gen(n, step=1):
    i = 0
    while i < n:
        yield i
        i += step
print(list(gen(5)), list(gen(5, 2)))

def depth(n):
    return sys._getframe(0).f_back.f_code.co_name if n == 0 else depth(n - 1)
print(depth(3))

def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print(type(e).__name__, e)

d = {}
for w in "a b a c b a".split():
    d[w] = d.get(w, 0) + 1
print(d, "a" in d, d["a"] is d.get("a"))

class K(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
d = {"x": 1}
print(d.get(K("x")), K("y") in {"y": 0})
