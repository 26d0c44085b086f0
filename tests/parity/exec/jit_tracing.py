# Tracing and monitoring turned on while functions the JIT compiled are running
# (each function is warmed up past the JIT's threshold first; JitParityTest compiles all).
import sys

def callee_sets_trace(log):
    def tracer(frame, event, arg):
        if frame.f_code.co_name in ("hot", "callee_sets_trace", "<lambda>"):
            log.append((frame.f_code.co_name, event, frame.f_lineno))
        return tracer
    sys.settrace(tracer)
    sys._getframe(1).f_trace = tracer

def hot(n, log, arm):
    total = 0
    for i in range(n):
        total += i
        if arm and i == 2:
            callee_sets_trace(log)
        total -= 1
    return total

log = []
for _ in range(1200):
    hot(3, log, False)
print(hot(5, log, True))
sys.settrace(None)
for row in log:
    print(row)

# sys.monitoring events turned on from inside a hot loop
mon = sys.monitoring
TOOL = 3
mon.use_tool_id(TOOL, "jit-test")
events = []

def on_line(code, line):
    if code.co_name == "loop_with_monitoring":
        events.append(("line", line))

def on_branch(code, src, dst):
    if code.co_name == "loop_with_monitoring":
        events.append(("branch", src, dst))

def enable():
    mon.register_callback(TOOL, mon.events.LINE, on_line)
    mon.register_callback(TOOL, mon.events.BRANCH, on_branch)
    mon.set_events(TOOL, mon.events.LINE | mon.events.BRANCH)

def disable():
    mon.set_events(TOOL, 0)

def loop_with_monitoring(n, at, off):
    acc = 0
    for i in range(n):
        if i == at:
            enable()
        if i == off:
            disable()
        acc += i * 2
    return acc

for _ in range(1200):
    loop_with_monitoring(4, -1, -1)
print(loop_with_monitoring(6, 2, 4))
for e in events:
    print(e)
events.clear()
print(loop_with_monitoring(3, -1, -1), events)
mon.free_tool_id(TOOL)

# setprofile from a callee: the compiled caller's return is reported
def prof(frame, event, arg):
    if frame.f_code.co_name in ("profiled", "arm_profile"):
        print("profile", frame.f_code.co_name, event, arg if event == "return" else "")

def arm_profile():
    sys.setprofile(prof)

def profiled(arm):
    x = 0
    for i in range(3):
        x += i
    if arm:
        arm_profile()
    x += 10
    return x

for _ in range(1200):
    profiled(False)
print(profiled(True))
sys.setprofile(None)

# f_lineno set by a trace function in a compiled frame (a jump)
def jumper(frame, event, arg):
    if frame.f_code.co_name == "jumped" and event == "line" and frame.f_lineno == jumped.__code__.co_firstlineno + 4:
        frame.f_lineno = jumped.__code__.co_firstlineno + 6
    return jumper

def jumped(arm):
    out = []
    if arm:
        sys.settrace(jumper); sys._getframe().f_trace = jumper
    out.append("skipped")
    out.append("a")
    out.append("b")
    return out

for _ in range(1200):
    jumped(False)
print(jumped(True))
sys.settrace(None)
