# Trace and profile functions of every calling shape: the legacy adapter passes
# (frame, event, arg) straight into a plain three-parameter function or a method bound to a
# four-parameter one, and through the general binding for everything else (defaults,
# *args, keyword-only parameters, wrong arity, callable objects, functools.partial).
import functools
import sys


def work(n):
    total = 0
    for i in range(n):
        total += i
    return total


log = []


def plain(frame, event, arg):
    log.append(("plain", frame.f_code.co_name, event))
    return plain


def with_default(frame, event, arg, extra="d"):
    log.append(("with_default", frame.f_code.co_name, event, extra))
    return with_default


def star(*args):
    log.append(("star", args[0].f_code.co_name, args[1], len(args)))
    return star


def kwonly(frame, event, arg, *, k=1):
    log.append(("kwonly", frame.f_code.co_name, event, k))
    return kwonly


def two_params(frame, event):
    log.append(("two_params", event))
    return two_params


class Tracer:
    def __init__(self, name):
        self.name = name

    def method(self, frame, event, arg):
        log.append((self.name, frame.f_code.co_name, event))
        return self.method

    def method_default(self, frame, event, arg, extra=2):
        log.append((self.name + "_default", frame.f_code.co_name, event, extra))
        return self.method_default

    def __call__(self, frame, event, arg):
        log.append((self.name + "_call", frame.f_code.co_name, event))
        return self


def make_closure():
    seen = []

    def inner(frame, event, arg):
        seen.append(event)
        log.append(("closure", frame.f_code.co_name, event, len(seen)))
        return inner
    return inner


def partial_tracer(tag, frame, event, arg):
    log.append(("partial", tag, frame.f_code.co_name, event))
    return functools.partial(partial_tracer, tag)


tracers = [
    ("plain", plain),
    ("with_default", with_default),
    ("star", star),
    ("kwonly", kwonly),
    ("method", Tracer("m").method),
    ("method_default", Tracer("md").method_default),
    ("instance", Tracer("inst")),
    ("closure", make_closure()),
    ("partial", functools.partial(partial_tracer, "p")),
]

for name, tracer in tracers:
    log.clear()
    sys.settrace(tracer)
    r = work(3)
    sys.settrace(None)
    print("settrace", name, r, len(log))
    for entry in log:
        print("  ", entry)

for name, tracer in tracers:
    log.clear()
    sys.setprofile(tracer)
    r = work(2)
    sys.setprofile(None)
    print("setprofile", name, r, len(log))
    for entry in log:
        print("  ", entry)

# wrong arity: the TypeError comes out of the traced call and the trace function is removed
log.clear()
sys.settrace(two_params)
try:
    work(1)
except TypeError as e:
    print("settrace two_params:", type(e).__name__, e)
print("after:", sys.gettrace(), len(log))
sys.settrace(None)

sys.setprofile(two_params)
try:
    work(1)
except TypeError as e:
    print("setprofile two_params:", type(e).__name__, e)
print("after:", sys.getprofile())
sys.setprofile(None)
