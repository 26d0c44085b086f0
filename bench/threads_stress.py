# The threads tracing stress program (issue 8's acceptance): eight worker threads run traced
# code while a switcher thread keeps installing and removing tracing on every thread
# (threading.settrace_all_threads / setprofile_all_threads, sys.monitoring.set_events /
# set_local_events). Every event a trace, profile or monitoring callback receives is checked:
# a live frame of the thread it arrives on, a known event name, the right argument type.
# After the final settrace_all_threads(None) / setprofile_all_threads(None) the workers go on
# running the same code, and no legacy event may arrive any more.
#
#   threads_stress.py switches N     N switches (the JUnit test: ThreadsTracingStressTest)
#   threads_stress.py seconds S      switch for S seconds (bench/threads-stress)
#
# Prints a summary; exits 1 when a check failed. Runs the same under CPython 3.13.
import sys
import threading
import time
import types

MODE, AMOUNT = sys.argv[1], float(sys.argv[2])
WORKERS = 8
TOOL = 3
mon = sys.monitoring
E = mon.events

TRACE_EVENTS = {"call", "line", "return", "exception", "opcode"}
PROFILE_EVENTS = {"call", "return", "c_call", "c_return", "c_exception"}
errors = []          # list.append is atomic under the GIL
late = []            # legacy events that arrived after tracing was switched off for good
# The workers that saw tracing switched off for good (each adds itself, after done.is_set()
# answered True, which comes after the final settrace_all_threads(None)): a legacy event on one
# of them is late. (A module flag set by the switcher would not do: a callback that started
# before the switch may read it after.)
post_phase = set()
counts = {}          # thread name -> [trace events, profile events, monitoring events]
done = threading.Event()


def tally(slot):
    name = threading.current_thread().name
    c = counts.get(name)
    if c is None:
        c = counts[name] = [0, 0, 0]
    c[slot] += 1


def bad(what, event, frame, arg):
    if len(errors) < 1000:
        errors.append("%s %r on %s: frame %r, arg %r" % (what, event, threading.current_thread().name, frame, arg))


def tracer(frame, event, arg):
    if threading.current_thread().name in post_phase:
        late.append(("trace", event, threading.current_thread().name))
    tally(0)
    # The frame is the one running on this thread: the trace function's caller.
    if sys._getframe(1) is not frame:
        bad("trace: not the running frame", event, frame, arg)
    if event not in TRACE_EVENTS:
        bad("trace: unknown event", event, frame, arg)
    elif event in ("call", "line", "opcode") and arg is not None:
        bad("trace: argument not None", event, frame, arg)
    elif event == "exception" and not (type(arg) is tuple and len(arg) == 3 and isinstance(arg[0], type)
                                       and isinstance(arg[1], arg[0])
                                       and (arg[2] is None or isinstance(arg[2], types.TracebackType))):
        bad("trace: bad exception triple", event, frame, arg)
    return tracer


def profiler(frame, event, arg):
    if threading.current_thread().name in post_phase:
        late.append(("profile", event, threading.current_thread().name))
    tally(1)
    if sys._getframe(1) is not frame:
        bad("profile: not the running frame", event, frame, arg)
    if event not in PROFILE_EVENTS:
        bad("profile: unknown event", event, frame, arg)
    elif event == "call" and arg is not None:
        bad("profile: argument not None", event, frame, arg)
    elif event.startswith("c_") and not isinstance(arg, types.BuiltinFunctionType):
        bad("profile: not a builtin function", event, frame, arg)


def on_start(code, offset):
    tally(2)
    if not isinstance(code, types.CodeType) or type(offset) is not int:
        errors.append("monitoring PY_START: %r %r" % (code, offset))


def on_line(code, line):
    tally(2)
    if not isinstance(code, types.CodeType) or type(line) is not int:
        errors.append("monitoring LINE: %r %r" % (code, line))


def on_call(code, offset, func, arg0):
    tally(2)
    if not isinstance(code, types.CodeType) or type(offset) is not int or not callable(func):
        errors.append("monitoring CALL: %r %r %r" % (code, offset, func))


# ---- the traced code the workers run: calls, lines, loops, a generator, exceptions, builtins

def leaf(x):
    return x * 2


def raiser(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i


def gen(n):
    for i in range(n):
        yield i


def unit(i):
    total = 0
    for v in gen(3):
        total += leaf(v)
    try:
        raiser(i)
    except ValueError:
        total += 1
    total += len(sorted([3, 1, 2]))
    return total


iterations = {}


running = threading.Barrier(WORKERS + 1)


def worker(k):
    running.wait()
    i = 0
    while not done.is_set():
        unit(i)
        i += 1
    # Tracing is off for good now: the same code must not reach a legacy callback again.
    post_phase.add(threading.current_thread().name)
    for j in range(300):
        unit(j)
    iterations[k] = i


switches = 0


def switcher():
    global switches
    mon.use_tool_id(TOOL, "stress")
    mon.register_callback(TOOL, E.PY_START, on_start)
    mon.register_callback(TOOL, E.LINE, on_line)
    mon.register_callback(TOOL, E.CALL, on_call)
    # First, with every worker already running: install all three and wait until each worker
    # has received events of each kind (settrace_all_threads reached threads that are running).
    running.wait()
    threading.settrace_all_threads(tracer)
    threading.setprofile_all_threads(profiler)
    mon.set_events(TOOL, E.PY_START | E.CALL)
    limit = time.monotonic() + 60
    while time.monotonic() < limit and not all(
            n in counts and all(counts[n]) for n in ("worker-%d" % k for k in range(WORKERS))):
        time.sleep(0.001)
    deadline = time.monotonic() + AMOUNT
    x = 12345
    while switches < AMOUNT if MODE == "switches" else time.monotonic() < deadline:
        x = (x * 1103515245 + 12345) % 2147483648   # a fixed pseudo-random order of the switches
        k = (x >> 16) % 8
        if k == 0:
            threading.settrace_all_threads(tracer)
        elif k == 1:
            threading.settrace_all_threads(None)
        elif k == 2:
            threading.setprofile_all_threads(profiler)
        elif k == 3:
            threading.setprofile_all_threads(None)
        elif k == 4:
            mon.set_events(TOOL, E.PY_START | E.CALL)
        elif k == 5:
            mon.set_events(TOOL, 0)
        elif k == 6:
            mon.set_local_events(TOOL, unit.__code__, E.LINE)
        else:
            mon.set_local_events(TOOL, unit.__code__, 0)
        switches += 1
    threading.settrace_all_threads(None)
    threading.setprofile_all_threads(None)
    mon.set_events(TOOL, 0)
    mon.set_local_events(TOOL, unit.__code__, 0)
    done.set()


start = time.monotonic()
threads = [threading.Thread(target=worker, args=(k,), name="worker-%d" % k) for k in range(WORKERS)]
threads.append(threading.Thread(target=switcher, name="switcher"))
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.monotonic() - start
mon.free_tool_id(TOOL)

totals = [sum(c[s] for c in counts.values()) for s in range(3)]
seen = [sum(1 for n, c in counts.items() if n.startswith("worker-") and c[s]) for s in range(3)]
print("switches: %d in %.1f s (%d worker iterations)" % (switches, elapsed, sum(iterations.values())))
print("events: trace %d, profile %d, monitoring %d; workers that received them: %d, %d, %d"
      % (totals[0], totals[1], totals[2], seen[0], seen[1], seen[2]))
print("errors: %d" % len(errors))
for e in errors[:20]:
    print("  " + e)
print("late events: %d (workers checked after the final switch-off: %d)" % (len(late), len(post_phase)))
for e in late[:20]:
    print("  %r" % (e,))
print("threads alive after join: %s" % [t.name for t in threads if t.is_alive()])
sys.exit(1 if errors or late or min(seen) < WORKERS else 0)
