# The in-process side of bench/run: runs under pyjama and under CPython 3.13 alike.
#
#   driver.py [--mode MODE] [--warm W] [--iters T] [--clock cpu] PROGRAM.py...   timed: W warm-up calls of
#       main(N), then T timed calls, per program; prints "checksum NAME REPR" and
#       "times NAME t1 t2 ..." (seconds per call), "warmup NAME w1 ..." (the warm-up calls'),
#       "cputimes NAME c1 c2 ..." (the timed calls' main-thread CPU time, for the idle table),
#       and after the first phase "vmhwm KB" (peak RSS)
#   ... --then MODE W T ...   then, in the same process, MODE with its own W warm-up and T timed
#       calls (repeatable); its lines follow a line "phase MODE" (bench/run runs a traced mode
#       after the untraced calls: see run.py's HOSTS)
#   driver.py --smoke PROGRAM.py...   one call of main(SMOKE_N) per program untraced, then one
#       under sys.settrace; prints "smoke NAME MODE REPR" (the checksums, nothing timed)
#
# Each program is loaded as a module named "__bench__" (so its "if __name__ == '__main__'"
# line does not run) and must define main(n), N (one timed call's size) and SMOKE_N.
# The mode is set up once, after the programs are loaded and before the first call, so warm-up
# calls run under it too. The driver's own frame is never traced: sys.settrace and friends
# reach only frames created after they are called.
# No "import os": under pyjama it runs os.py and its imports (posixpath, stat, abc,
# _collections_abc) in a cold interpreter, ~0.4 s of CPU in every one of bench/run's ~130
# pyjama processes, for nothing the benchmarks use.
import sys
import time

MODES = ("untraced", "settrace", "setprofile", "line-disable", "line-live", "java-trace",
         "idle-tool", "line-off")
TOOL = 1  # sys.monitoring.COVERAGE_ID


def load(path):
    with open(path) as f:
        source = f.read()
    namespace = {"__name__": "__bench__", "__file__": path}
    exec(compile(source, path, "exec"), namespace)
    return namespace


def _trace(frame, event, arg):
    return _trace


def _profile(frame, event, arg):
    return None


def start(mode):
    """Sets up MODE; returns the function that undoes it."""
    mon = sys.monitoring
    line = mon.events.LINE
    if mode == "untraced":
        return lambda: None
    if mode == "settrace":
        sys.settrace(_trace)
        return lambda: sys.settrace(None)
    if mode == "setprofile":
        sys.setprofile(_profile)
        return lambda: sys.setprofile(None)
    if mode == "java-trace":
        # given by dev.pyjama.tools.SuiteRunner: a Java TraceFunction that ignores its events
        _pyjama_java_settrace()  # noqa: F821
        return lambda: sys.settrace(None)
    mon.use_tool_id(TOOL, "bench")
    if mode == "idle-tool":
        pass
    elif mode == "line-off":
        mon.register_callback(TOOL, line, lambda code, lineno: None)
        mon.set_events(TOOL, line)
        mon.set_events(TOOL, 0)
    elif mode == "line-disable":
        mon.register_callback(TOOL, line, lambda code, lineno: mon.DISABLE)
        mon.set_events(TOOL, line)
    elif mode == "line-live":
        mon.register_callback(TOOL, line, lambda code, lineno: None)
        mon.set_events(TOOL, line)
    else:
        raise SystemExit("driver.py: unknown mode %r (one of %s)" % (mode, ", ".join(MODES)))

    def stop():
        mon.set_events(TOOL, 0)
        mon.register_callback(TOOL, line, None)
        mon.free_tool_id(TOOL)
    return stop


def name_of(path):
    return path.rsplit("/", 1)[-1][:-3]


def peak_rss_kb():
    # VmHWM: the process's peak resident set (for pyjama, the whole JVM)
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def timed(paths, phases, clock_name):
    """PHASES: (mode, warm, iters) in turn in this one process; each sets its mode up, runs
    every program, and undoes it. The peak RSS is taken after the first phase."""
    programs = [(name_of(p), load(p)) for p in paths]
    # --clock cpu (bench/run --clock cpu): the main thread's CPU time, which a loaded
    # machine disturbs far less than wall time (it leaves out JIT compiler threads)
    clock = time.perf_counter
    if clock_name == "cpu":
        clock = time.thread_time
    for k, (mode, warm, iters) in enumerate(phases):
        if k:
            print("phase", mode)
        stop = start(mode)
        try:
            for name, ns in programs:
                main, n = ns["main"], ns["N"]
                # the warm-up calls are timed too, only for bench/run's account of where its time
                # goes; a later phase may have none (its process is warm), and then its first
                # timed call's result is the one the others must equal
                warm_times, times, cpu_times, results = [], [], [], []
                for call in range(warm + iters):
                    c0 = time.thread_time()
                    t0 = clock()
                    results.append(main(n))
                    (warm_times if call < warm else times).append(clock() - t0)
                    if call >= warm:
                        cpu_times.append(time.thread_time() - c0)
                    if results[-1] != results[0]:
                        raise SystemExit("driver.py: %s gave two different results" % name)
                first = results[0]
                print("checksum", name, repr(first))
                print("times", name, " ".join("%.6f" % t for t in times))
                print("warmup", name, " ".join("%.6f" % t for t in warm_times))
                print("cputimes", name, " ".join("%.6f" % t for t in cpu_times))
        finally:
            stop()
        if not k:
            print("vmhwm", peak_rss_kb())


def smoke(paths):
    for path in paths:
        name = name_of(path)
        ns = load(path)
        for mode in ("untraced", "settrace"):
            stop = start(mode)
            try:
                r = ns["main"](ns["SMOKE_N"])
            finally:
                stop()
            print("smoke", name, mode, repr(r))


def main(argv):
    mode, warm, iters, paths, is_smoke, clock, then = "untraced", 3, 5, [], False, "wall", []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--mode":
            mode = argv[i + 1]
            i += 1
        elif a == "--warm":
            warm = int(argv[i + 1])
            i += 1
        elif a == "--iters":
            iters = int(argv[i + 1])
            i += 1
        elif a == "--then":
            then.append((argv[i + 1], int(argv[i + 2]), int(argv[i + 3])))
            i += 3
        elif a == "--clock":
            clock = argv[i + 1]
            i += 1
        elif a == "--smoke":
            is_smoke = True
        else:
            paths.append(a)
        i += 1
    if is_smoke:
        smoke(paths)
    else:
        timed(paths, [(mode, max(warm, 1), iters)] + then, clock)
    sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
