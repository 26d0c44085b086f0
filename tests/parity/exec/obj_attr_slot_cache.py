# LOAD_ATTR / STORE_ATTR on __slots__ members through the site cache (the member's index in the
# instance's slot values): unset slots, slots next to a __dict__, subclasses adding slots, a
# member descriptor moved to another class, __setattr__ overrides and __class__ assignment.

def warm(f, *args):
    for _ in range(300):
        r = f(*args)
    return r

class V:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

def getx(o):
    return o.x

def gety(o):
    return o.y

def setx(o, v):
    o.x = v

def sety(o, v):
    o.y = v

v = V(1)
print(warm(getx, v))
try:
    gety(v)
except AttributeError as e:
    print("AttributeError", e)
warm(sety, v, 5)
print(gety(v))
del v.y
try:
    warm(gety, v)
except AttributeError as e:
    print("AttributeError", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError", e)

# a subclass adds its own slots (and one a __dict__)
class W(V):
    __slots__ = ("z",)
    def __init__(self):
        super().__init__("wx")
        self.z = "wz"

class D(V):
    pass

w = W()
print(getx(w), w.z, getx(v))
d = D(3)
d.y = "dy"
d.extra = "in dict"
print(getx(d), gety(d), d.__dict__)
setx(d, 4)
print(getx(d), d.__dict__)

# slots next to a __dict__: the member wins over a dict entry of the same name
class M:
    __slots__ = ("x", "__dict__")

m = M()
m.__dict__["x"] = "dict value"
try:
    getx(m)
except AttributeError as e:
    print("AttributeError", e)
setx(m, "slot value")
print(getx(m), m.__dict__)

# a member descriptor of one class put on another class
class Other:
    x = V.__dict__["x"]

try:
    getx(Other())
except TypeError as e:
    print("TypeError", e)
try:
    setx(Other(), 1)
except TypeError as e:
    print("TypeError", e)

# __setattr__ / __getattribute__ overrides on a slotted class, added later
log = []
def logged(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)

V.__setattr__ = logged
setx(v, 10)
print(log, getx(v))
del V.__setattr__
V.__getattribute__ = lambda self, name: "intercepted " + name
print(getx(v))
del V.__getattribute__
print(getx(v))

# __class__ assignment between classes with the same slots
class V2:
    __slots__ = ("x", "y")

v.__class__ = V2
print(getx(v), type(v).__name__)
setx(v, 11)
print(getx(v))

# the slot member replaced on the class by a property
V.x = property(lambda self: "property")
print(getx(V.__new__(V)))
