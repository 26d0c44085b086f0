# The micro level of the benchmark instrument (issue 9): what one operation costs, so that
# the causes of a ratio in bench/run can be found. Runs under CPython 3.13 and under pyjama
# (through dev.pyjama.tools.SuiteRunner, which adds the Java trace function); bench/micro runs
# both and prints them side by side.
#
#   micro.py [--rounds R] [--warm W] [--n N]
#
# Each operation is repeated five times in the body of a loop of N iterations; its cost is
# (loop time - empty loop time) / (5 N), the fastest of R rounds after W warm-up rounds.
# The dispatch rows time a loop calling an empty function under each tracing mode and divide
# the extra time by the number of events one iteration delivers (counted in a calibration pass
# with a counting callback, so the timed pass runs the plain callback).
import sys
import time


class Obj:
    def __init__(self):
        self.x = 1

    def m(self):
        return None


def f0():
    return None


def f2(a, b):
    return a


G = 7


def empty(n):
    for i in range(n):
        pass


def call0(n):
    for i in range(n):
        f0(); f0(); f0(); f0(); f0()


def call2(n):
    for i in range(n):
        f2(i, 1); f2(i, 1); f2(i, 1); f2(i, 1); f2(i, 1)


def method(n):
    o = Obj()
    for i in range(n):
        o.m(); o.m(); o.m(); o.m(); o.m()


def attr_load(n):
    o = Obj()
    for i in range(n):
        o.x; o.x; o.x; o.x; o.x


def attr_store(n):
    o = Obj()
    for i in range(n):
        o.x = i; o.x = i; o.x = i; o.x = i; o.x = i


def global_load(n):
    for i in range(n):
        G; G; G; G; G


def int_arith(n):
    t = 0
    for i in range(n):
        t = i + 3; t = t * 5; t = t - i; t = t & 1023; t = t + i


def float_arith(n):
    x = 0.5
    for i in range(n):
        x = x * 0.999; x = x + 0.25; x = x - 0.125; x = x * 1.001; x = x / 1.0001


def dict_get(n):
    d = {k: k for k in range(64)}
    for i in range(n):
        d[3]; d[17]; d[29]; d[41]; d[63]


def dict_set(n):
    d = {}
    for i in range(n):
        d[3] = i; d[17] = i; d[29] = i; d[41] = i; d[63] = i


MICROS = [call0, call2, method, attr_load, attr_store, global_load, int_arith, float_arith, dict_get, dict_set]


def dispatch_loop(n):
    for i in range(n):
        f0()


def best_time(fn, n, warm, rounds):
    clock = time.perf_counter
    for _ in range(warm):
        fn(n)
    times = []
    for _ in range(rounds):
        t0 = clock()
        fn(n)
        times.append(clock() - t0)
    return min(times)  # the least disturbed round: one operation's cost, not the machine's load


def trace_fn(frame, event, arg):
    return trace_fn


def profile_fn(frame, event, arg):
    return None


COUNT = [0]


def counting_trace(frame, event, arg):
    COUNT[0] += 1
    return counting_trace


def counting_profile(frame, event, arg):
    COUNT[0] += 1


def counting_line(code, line):
    COUNT[0] += 1


def set_mode(mode, counting):
    mon = sys.monitoring
    if mode == "settrace" or (mode == "java-trace" and counting):
        sys.settrace(counting_trace if counting else trace_fn)
    elif mode == "java-trace":
        _pyjama_java_settrace()  # noqa: F821  (given by dev.pyjama.tools.SuiteRunner)
    elif mode == "setprofile":
        sys.setprofile(counting_profile if counting else profile_fn)
    elif mode in ("line-live", "line-disable"):
        mon.use_tool_id(1, "micro")
        if mode == "line-live":
            cb = counting_line if counting else (lambda code, line: None)
        else:
            cb = lambda code, line: mon.DISABLE
        mon.register_callback(1, mon.events.LINE, cb)
        mon.set_events(1, mon.events.LINE)


def clear_mode(mode):
    sys.settrace(None)
    sys.setprofile(None)
    if mode in ("line-live", "line-disable"):
        mon = sys.monitoring
        mon.set_events(1, 0)
        mon.register_callback(1, mon.events.LINE, None)
        mon.free_tool_id(1)


def main(argv):
    rounds, warm, n = 7, 5, 100000
    for i in range(0, len(argv), 2):
        if argv[i] == "--rounds":
            rounds = int(argv[i + 1])
        elif argv[i] == "--warm":
            warm = int(argv[i + 1])
        elif argv[i] == "--n":
            n = int(argv[i + 1])
    modes = ["settrace", "setprofile", "line-live", "line-disable"]
    if "_pyjama_java_settrace" in dir(__builtins__) if not isinstance(__builtins__, dict) \
            else "_pyjama_java_settrace" in __builtins__:
        modes.append("java-trace")
    base = best_time(empty, n, warm, rounds)
    print("micro empty-loop %.2f" % (base / n * 1e9))
    for fn in MICROS:
        t = best_time(fn, n, warm, rounds)
        print("micro %s %.2f" % (fn.__name__, (t - base) / (5 * n) * 1e9))
    dn = n // 5
    plain = best_time(dispatch_loop, dn, warm, rounds)
    for mode in modes:
        COUNT[0] = 0
        set_mode(mode, True)
        dispatch_loop(1000)
        clear_mode(mode)
        events = COUNT[0] / 1000
        set_mode(mode, False)
        t = best_time(dispatch_loop, dn, max(1, warm // 2), max(3, rounds // 2))
        clear_mode(mode)
        extra = (t - plain) / dn * 1e9
        per_event = extra / events if events else float("nan")
        print("dispatch %s %.2f %.2f %.2f" % (mode, events, extra, per_event))
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
