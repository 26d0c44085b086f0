# Exceptions that compiled code hands back by returning (no Java throw): RAISE_VARARGS and
# RERAISE in a compiled function, and a Python callee leaving its frame with an exception
# through a compiled CALL (plain, bound method, defaults), caught at different depths, with
# finally blocks, chaining, tracebacks, generators and recursion; then the same calls under
# sys.settrace and sys.setprofile (the instrumented CALL sites) with their events.
import sys
import traceback


class Boom(Exception):
    def __init__(self, n):
        super().__init__("boom %d" % n)
        self.n = n


def down(k):
    if k == 0:
        raise Boom(k)
    return down(k - 1) + 1


def with_finally(k, log):
    try:
        return down(k)
    finally:
        log.append(k)


def rethrow(k):
    try:
        down(k)
    except Boom as e:
        raise KeyError(k) from e


def bare_reraise(k):
    try:
        down(k)
    except Boom:
        raise


def context_only(k):
    try:
        down(k)
    except Boom:
        return {}[k]


def defaults(k, extra=10):
    if k > extra:
        raise ValueError(k)
    return k


class Box:
    def get(self, k):
        if k % 2:
            raise IndexError(k)
        return k


def gen(n):
    for i in range(n):
        if i == 2:
            raise Boom(i)
        yield i


def recurse(n):
    return recurse(n + 1)


def work(rounds):
    out = []
    log = []
    box = Box()
    for r in range(rounds):
        for k in range(4):
            try:
                with_finally(k, log)
            except Boom as e:
                out.append(("f", e.n, len(traceback.extract_tb(e.__traceback__))))
            try:
                rethrow(k)
            except KeyError as e:
                out.append(("r", e.args, type(e.__cause__).__name__, e.__suppress_context__))
            try:
                bare_reraise(k)
            except Boom as e:
                out.append(("b", [f.lineno for f in traceback.extract_tb(e.__traceback__)]))
            try:
                context_only(k)
            except KeyError as e:
                out.append(("c", type(e.__context__).__name__, e.__cause__))
            try:
                out.append(defaults(k * 5))
            except ValueError as e:
                out.append(("d", e.args))
            try:
                out.append(box.get(k))
            except IndexError as e:
                out.append(("m", e.args, sys.exc_info()[0].__name__))
        try:
            out.append(list(gen(5)))
        except Boom as e:
            out.append(("g", e.n))
    try:
        recurse(0)
    except RecursionError:
        out.append("recursion")
    return out, log


def show(label, result):
    out, log = result
    print(label, len(out), log[:8])
    for item in out[:30]:
        print(" ", item)


show("plain", work(3))

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("down", "with_finally", "rethrow", "bare_reraise", "context_only", "get", "defaults"):
        events.append((event, frame.f_code.co_name, frame.f_lineno,
                       type(arg[1]).__name__ if event == "exception" else None))
    return tracer


def profiler(frame, event, arg):
    if frame.f_code.co_name in ("down", "with_finally", "rethrow", "bare_reraise", "context_only", "get", "defaults"):
        events.append((event, frame.f_code.co_name, arg if event == "return" and not callable(arg) else None))


sys.settrace(tracer)
res = work(1)
sys.settrace(None)
show("settrace", res)
print("settrace events", len(events))
for e in events[:60]:
    print(" ", e)
events.clear()
sys.setprofile(profiler)
res = work(1)
sys.setprofile(None)
show("setprofile", res)
print("setprofile events", len(events))
for e in events[:60]:
    print(" ", e)
