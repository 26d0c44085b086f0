# RAISE and PY_UNWIND offsets in a caller whose instruction ran a Python callee inline: CPython
# 3.13 does so for a property getter (LOAD_ATTR_PROPERTY), a class's __getitem__
# (BINARY_SUBSCR_GETITEM) and a class's __init__ (CALL_ALLOC_AND_ENTER_INIT) once the site has
# specialised (its second run), and reports the exception one unit before the instruction;
# before that, and where the specialisation's conditions fail, at the instruction's last cache
# unit. INSTRUCTION events pause the adaptive counter; removing them resets it to warm-up.
import sys

m = sys.monitoring
E = m.events
log = []
SITES = {"site_prop", "site_item", "site_init", "site_method_load", "site_getattr_type",
         "site_slots", "site_new", "site_varargs", "site_subclass_prop"}


def on_raise(code, offset, exc):
    if code.co_name in SITES:
        log.append(("RAISE", code.co_name, offset, type(exc).__name__))


def on_unwind(code, offset, exc):
    if code.co_name in SITES:
        log.append(("PY_UNWIND", code.co_name, offset, type(exc).__name__))


m.use_tool_id(1, "t")
m.register_callback(1, E.RAISE, on_raise)
m.register_callback(1, E.PY_UNWIND, on_unwind)
m.set_events(1, E.RAISE | E.PY_UNWIND)


class P:
    @property
    def x(self):
        raise KeyError("x")

    def __getitem__(self, i):
        raise IndexError(i)


class WithGetattr:
    @property
    def x(self):
        raise KeyError("x")

    def __getattr__(self, name):
        raise AttributeError(name)


class MyProperty(property):
    pass


class Q:
    x = MyProperty(lambda self: {}["q"])


class C:
    def __init__(self, a):
        raise ValueError(a)


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        raise ValueError(a)


class WithNew:
    def __new__(cls, a):
        return object.__new__(cls)

    def __init__(self, a):
        raise ValueError(a)


class VarArgs:
    def __init__(self, *a):
        raise ValueError(a)


def site_prop(o):
    try:
        return o.x
    except KeyError:
        return "caught"


def site_item(o):
    try:
        return o[1]
    except IndexError:
        return "caught"


def site_init():
    try:
        return C(1)
    except ValueError:
        return "caught"


def site_method_load(o):
    try:
        return o.x()
    except KeyError:
        return "caught"


def site_getattr_type(o):
    try:
        return o.x
    except KeyError:
        return "caught"


def site_subclass_prop(o):
    try:
        return o.x
    except KeyError:
        return "caught"


def site_slots():
    try:
        return Slotted(1)
    except ValueError:
        return "caught"


def site_new():
    try:
        return WithNew(1)
    except ValueError:
        return "caught"


def site_varargs():
    try:
        return VarArgs(1)
    except ValueError:
        return "caught"


def run(label, rounds=3):
    del log[:]
    for _ in range(rounds):
        site_prop(P()); site_item(P()); site_init(); site_method_load(P())
        site_getattr_type(WithGetattr()); site_subclass_prop(Q())
        site_slots(); site_new(); site_varargs()
    print(label)
    for entry in log:
        print("  ", *entry)


run("plain: the second run of each inlining site reports one unit before it")
m.set_local_events(1, site_prop.__code__, E.INSTRUCTION)
m.set_local_events(1, site_init.__code__, E.INSTRUCTION)
m.register_callback(1, E.INSTRUCTION, lambda code, offset: None)
run("INSTRUCTION events on site_prop and site_init: paused, never inlined", 2)
m.set_local_events(1, site_prop.__code__, 0)
m.set_local_events(1, site_init.__code__, 0)
run("INSTRUCTION events off again: warm-up, then inlined", 2)
m.set_events(1, 0)
m.free_tool_id(1)
