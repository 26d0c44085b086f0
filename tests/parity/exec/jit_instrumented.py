# Instrumented code the JIT compiles (its instrumented form): every function is warmed up past
# the JIT's threshold first, then traced or monitored while hot (JitParityTest compiles all).
import sys

def work(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i
        else:
            total -= 1
    k = n
    while k > 0:
        k -= 2
    return total + k

def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("sent", x)
    return n

def caller(n):
    s = 0
    for v in gen(n):
        s += len(str(v))
    return s + abs(-n) + max(n, 1)

for _ in range(1500):
    work(4)
    caller(3)

# settrace: line, call, return events in hot code, f_lineno from the frame
log = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("work", "gen", "caller"):
        log.append((frame.f_code.co_name, event, frame.f_lineno))
    return tracer
sys.settrace(tracer)
print(work(7), caller(4))
sys.settrace(None)
for row in log:
    print(row)

# setprofile: call/return and C calls
plog = []
def prof(frame, event, arg):
    if frame.f_code.co_name in ("work", "gen", "caller"):
        plog.append((frame.f_code.co_name, event, getattr(arg, "__name__", None)))
sys.setprofile(prof)
print(caller(3))
sys.setprofile(None)
for row in plog:
    print(row)

# a trace function's jump (f_lineno) inside a hot loop: skip the "total -= 1" line
def jumper(frame, event, arg):
    if frame.f_code.co_name == "work" and event == "line" and frame.f_lineno == 11:
        frame.f_lineno = 12
    return jumper
sys.settrace(jumper)
print("jumped", work(6))
sys.settrace(None)

# f_trace_opcodes turned on from a line event in the middle of a hot function
ops = []
def opcodes(frame, event, arg):
    if frame.f_code.co_name == "work":
        if event == "line" and frame.f_lineno == 13:
            frame.f_trace_opcodes = True
        ops.append((event, frame.f_lineno))
    return opcodes
sys.settrace(opcodes)
print("opcodes", work(5))
sys.settrace(None)
print(len(ops), ops[:6], ops[-6:])

# sys.monitoring: LINE returning DISABLE in a hot loop, then the lines after it still fire once
mon = sys.monitoring
TOOL = 4
mon.use_tool_id(TOOL, "jit-inst")
seen = {}
def on_line(code, line):
    if code.co_name == "work":
        seen[line] = seen.get(line, 0) + 1
        return mon.DISABLE
mon.register_callback(TOOL, mon.events.LINE, on_line)
mon.set_events(TOOL, mon.events.LINE)
for _ in range(3):
    work(9)
print(sorted(seen.items()))
mon.set_events(TOOL, 0)

# BRANCH and JUMP events, one site disabled; CALL with C_RETURN
branches = []
def on_branch(code, src, dst):
    if code.co_name == "work":
        branches.append(("branch", src, dst))
        if len(branches) == 3:
            return mon.DISABLE
def on_jump(code, src, dst):
    if code.co_name == "work":
        branches.append(("jump", src, dst))
calls = []
def on_call(code, off, func, arg0):
    if code.co_name == "caller":
        calls.append((off, getattr(func, "__name__", None)))
def on_c_return(code, off, func, arg0):
    if code.co_name == "caller":
        calls.append(("c_return", off, getattr(func, "__name__", None)))
mon.register_callback(TOOL, mon.events.BRANCH, on_branch)
mon.register_callback(TOOL, mon.events.JUMP, on_jump)
mon.register_callback(TOOL, mon.events.CALL, on_call)
mon.register_callback(TOOL, mon.events.C_RETURN, on_c_return)
mon.set_events(TOOL, mon.events.BRANCH | mon.events.JUMP | mon.events.CALL | mon.events.C_RETURN | mon.events.C_RAISE)
print(work(5), caller(2))
mon.set_events(TOOL, 0)
for row in branches:
    print(row)
for row in calls:
    print(row)

# PY_YIELD / PY_RESUME / PY_RETURN in a hot generator, and an exception raised by a callback
yields = []
def on_yield(code, off, value):
    if code.co_name == "gen":
        yields.append(("yield", value))
def on_resume(code, off):
    if code.co_name == "gen":
        yields.append(("resume",))
        if len(yields) == 6:
            raise KeyError("from callback")
def on_return(code, off, value):
    if code.co_name in ("gen", "caller"):
        yields.append(("return", code.co_name, value))
mon.register_callback(TOOL, mon.events.PY_YIELD, on_yield)
mon.register_callback(TOOL, mon.events.PY_RESUME, on_resume)
mon.register_callback(TOOL, mon.events.PY_RETURN, on_return)
mon.set_events(TOOL, mon.events.PY_YIELD | mon.events.PY_RESUME | mon.events.PY_RETURN)
try:
    print(caller(5))
except KeyError as e:
    print("KeyError", e)
mon.set_events(TOOL, 0)
print(yields)
g = gen(3)
next(g)
print(g.send(7))
mon.free_tool_id(TOOL)
print(work(8), caller(3))
