# LOAD_ATTR / STORE_ATTR through the per-site hint into the instance dict (the entry index where
# the name was last found) and the method form's "the instance dict cannot shadow it" test: every
# way the instance dict can change under a warm site must still give CPython's answers.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "method"


def getx(o):
    return o.x


def gety(o):
    return o.y


def setx(o, v):
    o.x = v


def callm(o):
    return o.m()


def warm(f, *args):
    for _ in range(300):
        r = f(*args)
    return r


a = P(1, 2)
print(warm(getx, a), warm(gety, a), warm(callm, a))

# other insertion orders: the hint points at the wrong entry, the dict lookup answers
b = P.__new__(P)
b.y = "by"
b.x = "bx"
print(getx(b), gety(b), getx(a), gety(a))

# deletion and re-insertion move the entry
del a.x
try:
    getx(a)
except AttributeError as e:
    print("AttributeError", e)
a.x = "again"
print(getx(a), gety(a), list(vars(a)))

# the instance dict mutated directly, replaced, cleared
a.__dict__["x"] = "via __dict__"
print(getx(a))
a.__dict__ = {"y": 5, "x": 6}
print(getx(a), gety(a))
a.__dict__.clear()
try:
    gety(a)
except AttributeError as e:
    print("AttributeError", e)
a.__dict__.update(x=7, y=8)
print(getx(a), gety(a))

# stores through the warm site land in the dict
c = P(0, 0)
warm(setx, c, 41)
setx(c, 42)
print(c.__dict__, vars(c) is c.__dict__)

# a str key that is equal but not the same object (not interned)
d = P(0, 0)
k = "".join(["x"])
del d.x
d.__dict__[k] = "non-interned key"
print(getx(d))
setx(d, "stored over it")
print(d.__dict__, [type(k).__name__ for k in d.__dict__])

# a str subclass key equal to the name
class S(str):
    pass

e = P(0, 0)
del e.x
e.__dict__[S("x")] = "subclass key"
print(getx(e), [type(k).__name__ for k in e.__dict__])

# an instance attribute shadowing the method, then removed
f = P(0, 0)
print(callm(f))
f.m = lambda: "instance attribute"
print(callm(f))
del f.m
print(callm(f))
f.__dict__["m"] = lambda: "set through __dict__"
print(callm(f))
f.__dict__.clear()
print(callm(f))

# many keys (the dict's key bits mostly set), the method still found
g = P(0, 0)
for i in range(100):
    setattr(g, "a%d" % i, i)
print(callm(g), getx(g), g.a99)

# the class changes under the warm sites
P.x = property(lambda self: "property wins")
print(getx(a), getx(P.__new__(P)))
try:
    setx(a, 1)
except AttributeError as e:
    print("AttributeError", e)
del P.x
print(getx(a))
P.m = lambda self: "replaced method"
print(callm(a))
P.y = "class y"
print(gety(a))

# __class__ assignment
class Q:
    def m(self):
        return "Q.m"
    x = "Q.x"

h = P(10, 20)
warm(getx, h)
h.__class__ = Q
print(getx(h), callm(h))
del h.x
print(getx(h))

# __getattr__ / __getattribute__ / __setattr__ added later
def ga(self, name):
    return "getattr " + name

P.__getattr__ = ga
i = P(0, 0)
del i.x
print(getx(i))
P.__getattribute__ = lambda self, name: "getattribute " + name
print(getx(i), callm(i) if False else "skip")
del P.__getattribute__
del P.__getattr__
log = []
def sa(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)
P.__setattr__ = sa
setx(i, 99)
print(log, getx(i))
del P.__setattr__

# a non-data descriptor on the class: the instance dict first
class NonData:
    def __get__(self, obj, owner):
        return "non-data"

class R:
    x = NonData()

r = R()
print(warm(getx, r))
r.x = "instance"
print(getx(r))

# slots
class T:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1

t = T()
print(warm(getx, t))
setx(t, 2)
print(getx(t))
try:
    gety(t)
except AttributeError as e:
    print("AttributeError", e)

# class constants read through instances (no descriptor): shadowed, replaced, given a __get__ later
class K:
    limit = 10
    name = "k"
    holder = None

def getlimit(o):
    return o.limit

k = K()
print(warm(getlimit, k))
k.limit = 11
print(getlimit(k), getlimit(K()))
K.limit = 12
print(getlimit(K()))
del K.limit
try:
    getlimit(K())
except AttributeError as e:
    print("AttributeError", e)

class Val:
    pass

K.limit = Val()
print(type(warm(getlimit, K())).__name__)
Val.__get__ = lambda self, obj, owner: "now a descriptor"
print(getlimit(K()))
