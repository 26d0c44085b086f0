# Code that runs inside trace, profile and sys.monitoring callbacks once it is hot (the JIT's
# form for callbacks: nothing fires there). Generators made or started inside a callback and
# resumed outside it must report their events; sys.call_tracing turns events back on inside.
import sys

def helper(x):
    # hot before tracing starts (its plain form exists), then called from the tracer
    total = 0
    for i in range(x):
        total += i
    return total

for _ in range(1100):
    helper(3)

made = []

def gen(tag):
    yield tag + "-1"
    yield tag + "-2"

def traced_by_call_tracing(n):
    return n + 1

counts = {}
lines_seen = []
errors = []

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    counts[event] = counts.get(event, 0) + helper(2)
    if name == "work" and event == "line":
        # the tracer's own frame: f_lineno inside a compiled callback
        here = sys._getframe()
        lines_seen.append(here.f_lineno - tracer.__code__.co_firstlineno)
        try:
            {}[name]  # raised and caught inside the callback
        except KeyError as e:
            errors.append(str(e))
        i = 0
        while i < 3:  # a loop inside the callback
            i += 1
        if len(made) < 2:
            g = gen("in-tracer%d" % len(made))
            if len(made) == 1:
                next(g)  # started inside the callback, resumed outside
            made.append(g)
        if frame.f_lineno == work.__code__.co_firstlineno + 3 and len(lines_seen) == 3:
            print("call_tracing ->", sys.call_tracing(traced_by_call_tracing, (41,)))
    return tracer

def work(n):
    s = 0
    for i in range(n):
        s += i
    return s

log = []

def outer_tracer(frame, event, arg):
    if frame.f_code.co_name in ("gen", "traced_by_call_tracing"):
        log.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno,
                    arg if event in ("return", "exception") and not isinstance(arg, tuple) else None))
        return outer_tracer
    return tracer(frame, event, arg)

for _ in range(3):
    sys.settrace(outer_tracer)
    work(400)
    sys.settrace(None)
sys.settrace(outer_tracer)
for g in made:
    print(list(g))
sys.settrace(None)
print(sorted(counts.items()))
print(lines_seen[:4], len(lines_seen))
print(errors[:2], len(errors))
for row in log:
    print(row)

# a profiler that is hot, calls builtins and Python code
calls = []
def prof(frame, event, arg):
    if event.startswith("c_"):
        calls.append((event, getattr(arg, "__qualname__", None)))
    else:
        calls.append((event, frame.f_code.co_name))
    len(calls)
    helper(1)

def shuffle(n):
    out = []
    for i in range(n):
        out.append(i)
        sorted(out[-2:])
    return max(out)

for _ in range(3):
    sys.setprofile(prof)
    shuffle(300)
    sys.setprofile(None)
print(len(calls), calls[:12])

# sys.monitoring callbacks that call hot code; a generator resumed in a callback
mon = sys.monitoring
mon.use_tool_id(3, "jitcb")
seen = []
pending = [gen("mon")]

def on_line(code, line):
    seen.append(helper(2))
    if pending and len(seen) == 50:
        seen.append(next(pending[0]))
    return None

def on_start(code, offset):
    if pending and len(seen) == 100:
        g = pending.pop()
        seen.append(next(g))  # a generator that a callback resumed, started before
    return None

mon.register_callback(3, mon.events.LINE, on_line)
mon.register_callback(3, mon.events.PY_START, on_start)
mon.set_events(3, mon.events.LINE | mon.events.PY_START)
for _ in range(40):
    work(3)
mon.set_events(3, 0)
mon.free_tool_id(3)
print(len(seen), [x for x in seen if isinstance(x, str)])
