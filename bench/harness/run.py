# bench/run: the benchmark suite (bench/suite/*.py) under pyjama and CPython 3.13.0 in one
# run, alternating the two interpreters, timed warm inside each process by driver.py.
# Run by CPython 3.13.0 (bench/run starts it); see bench/run --help.
import argparse
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SUITE = os.path.join(ROOT, "bench", "suite")
DRIVER = os.path.join(HERE, "driver.py")
CHECKSUMS = os.path.join(SUITE, "checksums.txt")
PYJAMA = os.path.join(ROOT, "pyjama")

TRACED = ["settrace", "setprofile", "line-disable", "line-live", "java-trace"]
IDLE = ["untraced", "idle-tool", "line-off"]
ALL_MODES = ["untraced"] + TRACED + ["idle", "startup"]
# pyjama's processes for these traced modes first run the untraced calls (2 warm-up + 4 timed by
# default) of the set-up named here, then the mode with its own warm-up and timed calls: the
# untraced (or idle) calls serve their table and are the traced mode's JIT warm-up, so no
# process is started, and no eval loop compiled from nothing, for the traced mode alone.
# Measured (docs/notes/s9-benchtime.md): the traced calls' times equal a fresh process's, or
# are steadier (one traced warm-up call does not always finish the JIT's work in a fresh one).
# Each host runs one traced mode only: a second one after it measured up to 12% slower
# (the first mode's profile). The java-trace mode needs SuiteRunner, which measured 0-5% slower
# than the pyjama command untraced, too much to host an idle set-up: it keeps a process of its own.
HOSTS = {"settrace": "untraced", "setprofile": "idle:untraced", "line-live": "idle:idle-tool",
         "line-disable": "idle:line-off"}
# CPython's traced modes run after its untraced calls (one warm-up, four timed), with no warm-up
# call of their own: it has no JIT, and its specializer re-adapts within the first call.
# Measured: their medians equal a fresh process's after one traced warm-up call (geomeans
# 0.98-1.02, docs/notes/s9-benchtime.md). line-disable keeps a process of its own (its first
# call is the one that disables).
CP_HOSTED = ("settrace", "setprofile", "line-live")
TITLES = {
    "untraced": "untraced (no tool ever registered)",
    "settrace": "sys.settrace with a Python function that returns itself",
    "setprofile": "sys.setprofile with a Python function",
    "line-disable": "sys.monitoring LINE callback returning DISABLE",
    "line-live": "sys.monitoring Python LINE callback (does not disable)",
    "java-trace": "a Java TraceFunction (pyjama only; ratio column: its own untraced time)",
}


def cpython_exe():
    # the real binary, not pyenv's shim (a shell script that costs more than CPython's start-up)
    return sys.executable


def programs(selected):
    names = sorted(f[:-3] for f in os.listdir(SUITE) if f.endswith(".py") and not f.startswith("_"))
    if selected:
        unknown = [s for s in selected if s not in names]
        if unknown:
            sys.exit("bench/run: no benchmark named %s (there are: %s)" % (", ".join(unknown), ", ".join(names)))
        names = [n for n in names if n in selected]
    return names


def command(interp, mode, args):
    if interp == "cpython":
        return [cpython_exe(), DRIVER] + args
    return [PYJAMA, DRIVER] + args


class Phase:
    """One mode's calls of one benchmark in one process; the process's first phase is its Run."""

    def __init__(self, interp, mode, name, iters):
        self.interp, self.mode, self.name, self.iters = interp, mode, name, iters
        self.ok, self.error = True, []
        self.checksum, self.times, self.warm_times, self.rss_kb = None, [], [], None
        self.cpu_times = []  # the timed calls' main-thread CPU time (driver.py's "cputimes")
        self.wall = self.cpu = 0.0
        self.phases = [self]


class Run(Phase):
    """One process: one benchmark on one interpreter, under one mode, then possibly under more
    (THEN: (mode, warm, iters), each its own Phase in self.phases, after the first)."""

    def __init__(self, interp, mode, name, warm, iters, then=()):
        super().__init__(interp, mode, name, iters)
        self.phases = [self] + [Phase(interp, m, name, i) for m, _, i in then]
        mode = mode.split(":")[-1]  # "idle:line-off" is the driver's line-off, kept apart in the results
        args = ["--mode", mode, "--warm", str(warm), "--iters", str(iters)]
        for m, w, i in then:
            args += ["--then", m.split(":")[-1], str(w), str(i)]
        args.append(os.path.join(SUITE, name + ".py"))
        if os.environ.get("BENCH_CLOCK") == "cpu":
            args[:0] = ["--clock", "cpu"]
        env = dict(os.environ, PYTHONHASHSEED="0", PYENV_VERSION="3.13.0")
        env.pop("PYTHONPATH", None)
        if mode == "java-trace":
            # SuiteRunner (it adds _pyjama_java_settrace) under the launcher's JVM, heap options and
            # start-up archive, as the untraced runs it is compared with; it used to be JDK 17's
            # java without them, another JVM than the untraced runs'
            env["PYJAMA_MAIN_CLASS"] = "dev.pyjama.tools.SuiteRunner"
        before, t = resource.getrusage(resource.RUSAGE_CHILDREN), time.monotonic()
        r = subprocess.run(command(interp, mode, args), capture_output=True, text=True, env=env, cwd=SUITE)
        # the process's wall and CPU time, for the account of where bench/run's time goes
        self.wall = time.monotonic() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        error = r.stderr.strip().splitlines()[-3:] if r.returncode else []
        phase = self
        for line in r.stdout.splitlines():
            kind, _, rest = line.partition(" ")
            if kind == "phase":
                phase = self.phases[self.phases.index(phase) + 1]
            elif kind == "checksum":
                phase.checksum = rest.partition(" ")[2]
            elif kind == "times":
                phase.times = [float(t) for t in rest.split()[1:]]
            elif kind == "warmup":
                phase.warm_times = [float(t) for t in rest.split()[1:]]
            elif kind == "cputimes":
                phase.cpu_times = [float(t) for t in rest.split()[1:]]
            elif kind == "vmhwm":
                self.rss_kb = int(rest)
        for p in self.phases:
            if r.returncode:
                p.ok, p.error = False, error
            elif not p.times and p.iters:
                p.ok, p.error = False, ["no times printed"]


def geomean(xs):
    xs = [x for x in xs if x and x > 0]
    return math.exp(sum(map(math.log, xs)) / len(xs)) if xs else float("nan")


def median(xs):
    return statistics.median(xs) if xs else float("nan")


def committed_checksums():
    table = {}
    if os.path.exists(CHECKSUMS):
        with open(CHECKSUMS) as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                kind, name, value = line.rstrip("\n").split(" ", 2)
                table[(kind, name)] = value
    return table


class Bench:
    def __init__(self, opts):
        self.opts = opts
        self.names = programs(opts.bench)
        self.expected = committed_checksums()
        self.results = {}  # (mode, interp, name) -> list of Run
        self.problems = []

    def measure(self, mode, name, warm, iters, interps=("pyjama", "cpython"), then=()):
        for interp in interps:  # pyjama, then CPython, for each benchmark: alternating
            # CPython has no JIT compiler to wait for: its specializing interpreter adapts each
            # instruction on its first executions, inside the first call, so one warm-up call
            # is all it needs (--cpython-warm; pyjama keeps --warm for the JIT)
            w = min(warm, self.opts.cpython_warm) if interp == "cpython" else warm
            phases = then
            if mode == "idle:untraced" and "idle" in self.opts.modes.split(","):
                # the in-process idle comparison (report_idle): after its no-tool calls the
                # process times more with no tool, then with a tool registered, then with LINE
                # events set and cleared, then with no tool again (the two no-tool phases around
                # the others cancel a drift over the process's life: classes' calls slow down as
                # its heap grows); each such phase's first call is not timed (measured: a
                # phase's first call is slower whatever it sets up, sorting's 0.13-0.18 s against
                # 0.08 s); a traced mode it hosts comes last
                phases = [("inproc:" + m, 1, iters) for m in IDLE + ["untraced"]] + list(then)
            run = Run(interp, mode, name, w, iters, phases)
            for phase in run.phases:
                self.results.setdefault((phase.mode, interp, name), []).append(phase)
                self.check(phase)
                # progress on stderr, so a long run shows where it is without disturbing the tables
                print("  %s %s %s: %s (%s, warm-up %s)" % (
                    phase.mode, name, interp, "%.3fs" % median(phase.times) if phase.ok and phase.times
                    else "ok" if phase.ok else "FAILED",
                    "process %.2fs" % run.wall if phase is run else "in the same process",
                    " ".join("%.2f" % t for t in phase.warm_times)), file=sys.stderr, flush=True)

    def check(self, run):
        where = "%s %s %s" % (run.interp, run.mode, run.name)
        if not run.ok:
            self.problems.append("%s: failed: %s" % (where, " | ".join(run.error)))
            return
        want = self.expected.get(("full", run.name))
        if want is not None and run.checksum != want:
            self.problems.append("%s: checksum %s, CPython's (checksums.txt) %s" % (where, run.checksum, want))
        other = self.results.get(("untraced", "cpython", run.name))
        if other and other[0].ok and run.checksum != other[0].checksum:
            self.problems.append("%s: checksum differs from CPython's in this run" % where)

    def per_iteration(self, mode, interp, name):
        runs = self.results.get((mode, interp, name), [])
        if not runs or not all(r.ok for r in runs):
            return None
        return median([t for r in runs for t in r.times])

    def mark(self, interp, mode, name):
        runs = self.results.get((mode, interp, name), [])
        return "" if all(r.ok for r in runs) else " FAIL"


def fmt(x, width=9, digits=3):
    return ("%*.*f" % (width, digits, x)) if x is not None and not math.isnan(x) else "%*s" % (width, "-")


def secs(x):
    return fmt(x, 8) + "s" if x else "-"


def report_mode(b, mode):
    print()
    print("## %s" % TITLES[mode])
    base = mode != "untraced"
    head = "%-18s %9s %9s" % ("benchmark", "pyjama", "CPython")
    if base:
        head += " %9s %9s" % ("pj/untr", "cp/untr")
    print(head + " %9s" % "pj/cp")
    cols = {"p": [], "c": [], "pr": [], "cr": [], "ratio": []}
    for name in b.names:
        p = b.per_iteration(mode, "pyjama", name)
        c = None if mode == "java-trace" else b.per_iteration(mode, "cpython", name)
        pu = b.per_iteration("untraced", "pyjama", name)
        cu = b.per_iteration("untraced", "cpython", name)
        pr = p / pu if p and pu else None
        cr = c / cu if c and cu else None
        ratio = p / c if p and c else None
        for k, v in (("p", p), ("c", c), ("pr", pr), ("cr", cr), ("ratio", ratio)):
            if v:
                cols[k].append(v)
        line = "%-18s %9s %9s" % (name, secs(p), secs(c))
        if base:
            line += " %9s %9s" % (fmt(pr, 9, 2), fmt(cr, 9, 2))
        print(line + " %9s%s" % (fmt(ratio, 9, 2), b.mark("pyjama", mode, name) + b.mark("cpython", mode, name)))
    line = "%-18s %9s %9s" % ("geometric mean", "", "")
    if base:
        line += " %9s %9s" % (fmt(geomean(cols["pr"]), 9, 2), fmt(geomean(cols["cr"]), 9, 2))
    print(line + " %9s" % fmt(geomean(cols["ratio"]), 9, 2))


def report_memory(b):
    print()
    print("## peak memory (VmHWM after the untraced calls, MB)")
    print("%-18s %9s %9s %9s" % ("benchmark", "pyjama", "CPython", "pj/cp"))
    ratios = []
    for name in b.names:
        rp = [r.rss_kb for r in b.results.get(("untraced", "pyjama", name), []) if r.rss_kb]
        rc = [r.rss_kb for r in b.results.get(("untraced", "cpython", name), []) if r.rss_kb]
        p = max(rp) / 1024 if rp else None
        c = max(rc) / 1024 if rc else None
        if p and c:
            ratios.append(p / c)
        print("%-18s %9s %9s %9s" % (name, fmt(p, 9, 1), fmt(c, 9, 1), fmt(p / c if p and c else None, 9, 2)))
    print("%-18s %9s %9s %9s" % ("geometric mean", "", "", fmt(geomean(ratios), 9, 2)))


def run_hosted(b, timed, hosted):
    """The default schedule: benchmark by benchmark, each interpreter's processes for it in turn
    (so the two interpreters alternate), traced modes after untraced or idle calls (HOSTS;
    CPython's after its untraced calls, with no traced warm-up call: CP_HOSTED)."""
    o = b.opts
    traced = (o.traced_warm, o.traced_iters)
    for name in b.names:
        # CPython first: its untraced checksum is the one the others are compared with
        cp_then = [(m, 0, o.traced_iters) for m in CP_HOSTED if m in timed]
        b.measure("untraced", name, o.warm, o.iters, ("cpython",), cp_then)
        b.measure("untraced", name, o.warm, o.iters, ("pyjama",),
                  [(m, *traced) for m, h in hosted.items() if h == "untraced"])
        for mode in timed:
            if mode == "untraced" or hosted.get(mode) == "untraced":
                continue
            warm, iters = (o.warm, o.iters) if mode == "line-disable" else traced
            if mode in hosted:
                b.measure(hosted[mode], name, o.warm, o.iters, ("pyjama",), [(mode, warm, iters)])
            else:
                b.measure(mode, name, warm, iters, ("pyjama",))
            if mode not in CP_HOSTED and mode != "java-trace":
                b.measure(mode, name, warm, iters, ("cpython",))


def run_idle(b, warm, iters, reps, interps, hosted):
    # each repetition runs the three set-ups in turn, so that drift over time touches all
    # alike; the untraced table's processes (same warm-up and timed calls) are the noise row's
    # other sample of "no tool ever" (report_idle). The target is pyjama's (issue 9: at most
    # 5%); CPython's rows are only a reference and cost ~95 s of a full run, so they run with
    # --idle-cpython.
    # The first repetition's pyjama processes of a set-up that hosts a traced mode (HOSTS)
    # ran already, with that mode after their idle calls.
    for rep in range(reps):
        for name in b.names:
            for mode in IDLE:
                todo = [i for i in interps if not (rep == 0 and i == "pyjama" and "idle:" + mode in hosted)]
                if todo:
                    b.measure("idle:" + mode, name, warm, iters, todo)


def inprocess_ratios(b, interp, mode, clock):
    """Per benchmark, in each idle:untraced process: MODE's fastest call over the no-tool phases'
    around it (inproc:untraced before and after: the geometric mean of their fastest calls), a
    geometric mean over processes. MODE "noise": the no-tool phase before over the process's
    first calls (idle:untraced's), two neighbouring blocks of calls that do the same thing. The
    fastest call, as across processes: this machine's speed also changes inside a process, for
    seconds at a time (int_arith, no tool ever, thread CPU time per call: 0.080 s for four
    calls, then 0.054 s; CPython likewise)."""
    ratios = {}
    for name in b.names:
        per_process = []
        for a in b.results.get(("idle:untraced", interp, name), []):
            if not all(p.ok for p in a.phases):
                continue
            fastest = {}  # mode -> the fastest call of each of its phases, in order
            for p in a.phases:
                if getattr(p, clock):
                    fastest.setdefault(p.mode, []).append(min(getattr(p, clock)))
            around = fastest.get("inproc:untraced", [])
            if mode == "noise":
                if around and "idle:untraced" in fastest:
                    per_process.append(around[0] / fastest["idle:untraced"][0])
            elif len(around) == 2 and "inproc:" + mode in fastest:
                per_process.append(fastest["inproc:" + mode][0] / geomean(around))
        if per_process:
            ratios[name] = geomean(per_process)
    return ratios


def across_ratios(b, interp, mode, clock):
    """Per benchmark, the fastest call of MODE's own processes (idle:MODE; "noise": the untraced
    table's, no tool ever too) over the fastest of the idle:untraced processes' first no-tool
    calls (as many as the others have). Measured (docs/status.md, eighteenth session): what
    disturbs a call only adds to it, and the fastest calls of two processes of one set-up differ
    less than their medians; the machine's speed still differs from process to
    process (CPython's int_arith: 0.15 s in one, 0.24 s in the next), which only the in-process
    table is free of."""
    ratios = {}
    for name in b.names:
        base = b.results.get(("idle:untraced", interp, name), [])
        runs = b.results.get(("untraced" if mode == "noise" else "idle:" + mode, interp, name), [])
        if not runs or not base or not all(r.ok for r in runs + base):
            continue
        x = min(t for r in runs for t in getattr(r, clock))
        y = min(t for r in base for t in getattr(r, clock))
        ratios[name] = x / y
    return ratios


def report_idle(b):
    print()
    n = b.opts.iters
    print("## monitoring idle: set-up / no tool ever, geometric mean over benchmarks (issue 9: at most 5%)")
    print("in one process: after its no-tool calls, the process times %d more calls (after one untimed) with" % n)
    print("no tool, with a tool registered, with LINE events set and cleared, with no tool again: each set-up's")
    print("fastest call over the no-tool ones' around it. across processes: each set-up's processes' fastest")
    print("call over no tool's. noise: the same with no tool on both sides (in one process, the first no-tool phase")
    print("over the process's first calls; across, the untraced table's processes): within it, nothing is measured.")
    labels = {"idle-tool": "a tool registered, no events", "line-off": "LINE events set, then cleared",
              "noise": "noise: no tool on both sides"}
    print("%-30s %-8s %9s %9s %9s %9s" % ("set-up", "interp", "in: wall", "in: cpu", "across: w", "across: c"))
    per_bench = {}
    for interp in ("pyjama", "cpython"):
        for mode in ("idle-tool", "line-off", "noise"):
            cols = [inprocess_ratios(b, interp, mode, "times"), inprocess_ratios(b, interp, mode, "cpu_times"),
                    across_ratios(b, interp, mode, "times"), across_ratios(b, interp, mode, "cpu_times")]
            if not any(cols):
                continue
            per_bench[(interp, mode)] = cols[0]
            print("%-30s %-8s %s" % (labels[mode], interp, " ".join(fmt(geomean(list(c.values())), 9, 3) for c in cols)))
    if not per_bench:
        return
    print("per benchmark (in one process, wall):")
    keys = sorted(per_bench)
    print("%-18s" % "benchmark" + "".join(" %12s" % ("%s %s" % (m, "pj" if i == "pyjama" else "cp")) for i, m in keys))
    for name in b.names:
        print("%-18s" % name + "".join(" %12s" % fmt(per_bench[k].get(name), 12, 3) for k in keys))


def save(b, path):
    """Every phase of every process, in the order they ran within each (mode, interp, name)."""
    rows = [{"mode": mode, "interp": interp, "name": name, "ok": r.ok, "times": r.times,
             "cpu_times": r.cpu_times, "warm_times": r.warm_times}
            for (mode, interp, name), runs in b.results.items() for r in runs]
    with open(path, "w") as f:
        json.dump(rows, f, indent=0)


def report_time(b, other, total):
    """Where the run's wall time went: per mode and interpreter, its processes, their wall time,
    and within it the timed calls, the warm-up calls and the rest (start-up, loading, exit)."""
    print()
    print("## where bench/run's time went (wall seconds; cpu: the processes' user+system time)")
    print("%-40s %-7s %5s %8s %8s %8s %8s %8s" % ("process: mode(s)", "interp", "procs", "wall", "timed", "warm-up", "rest",
                                                  "cpu"))
    seen, rows = set(), {}
    for runs in b.results.values():
        for r in runs:
            # one row per kind of process (its phases' modes); the idle table reuses the
            # untraced table's processes, and a hosted phase is counted with its process
            if not isinstance(r, Run) or id(r) in seen:
                continue
            seen.add(id(r))
            # the in-process idle phases (inproc:*) are shown as one
            label = "+".join(dict.fromkeys("inproc" if p.mode.startswith("inproc:") else p.mode for p in r.phases))
            row = rows.setdefault((label, r.interp), [0, 0.0, 0.0, 0.0, 0.0])
            row[0] += 1
            row[1] += r.wall
            row[2] += sum(sum(p.times) for p in r.phases)
            row[3] += sum(sum(p.warm_times) for p in r.phases)
            row[4] += r.cpu
    for (mode, interp), (n, wall, timed, warm, cpu) in rows.items():
        print("%-40s %-7s %5d %8.1f %8.1f %8.1f %8.1f %8.1f" % (mode, interp, n, wall, timed, warm,
                                                                wall - timed - warm, cpu))
    for label, (n, wall) in other.items():
        print("%-40s %-7s %5d %8.1f" % (label, "both", n, wall))
    procs = sum(r[0] for r in rows.values()) + sum(n for n, _ in other.values())
    print("%-40s %-7s %5d %8.1f" % ("all", "", procs, total))


def startup(n):
    print()
    print("## start-up: -c pass (median of %d, alternating, after one warm-up each)" % n)
    env = dict(os.environ, PYENV_VERSION="3.13.0")

    def once(exe):
        before = os.times()
        t = time.perf_counter()
        subprocess.run([exe, "-c", "pass"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        wall = time.perf_counter() - t
        after = os.times()
        return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)

    exes = {"pyjama": PYJAMA, "cpython": cpython_exe()}
    samples = {k: [] for k in exes}
    for exe in exes.values():
        once(exe)
    for _ in range(n):
        for k, exe in exes.items():
            samples[k].append(once(exe))
    pw, cw = median([s[0] for s in samples["pyjama"]]), median([s[0] for s in samples["cpython"]])
    pc, cc = median([s[1] for s in samples["pyjama"]]), median([s[1] for s in samples["cpython"]])
    print("%-6s %9s %9s %9s" % ("", "pyjama", "CPython", "pj/cp"))
    print("%-6s %8.3fs %8.3fs %9.1f" % ("wall", pw, cw, pw / cw))
    print("%-6s %8.3fs %8.3fs %9.1f" % ("cpu", pc, cc, pc / max(cc, 0.001)))
    print("(bench/startup/run measures more commands the same way)")


def smoke(b):
    paths = [os.path.join(SUITE, n + ".py") for n in b.names]
    env = dict(os.environ, PYTHONHASHSEED="0")
    outs = {}
    for interp in ("pyjama", "cpython"):
        exe = PYJAMA if interp == "pyjama" else cpython_exe()
        r = subprocess.run([exe, DRIVER, "--smoke"] + paths, capture_output=True, text=True, env=env, cwd=SUITE)
        if r.returncode != 0:
            b.problems.append("%s --smoke failed: %s" % (interp, r.stderr.strip()[-500:]))
        outs[interp] = {tuple(l.split(" ", 3)[1:3]): l.split(" ", 3)[3] for l in r.stdout.splitlines()
                        if l.startswith("smoke ")}
    for name in b.names:
        for mode in ("untraced", "settrace"):
            p, c = outs["pyjama"].get((name, mode)), outs["cpython"].get((name, mode))
            want = b.expected.get(("smoke", name + ":" + mode))
            ok = p is not None and p == c and (want is None or want == p)
            print("%-18s %-9s %s" % (name, mode, "ok" if ok else "DIFFERS: pyjama %s, CPython %s, checksums.txt %s"
                                     % (p, c, want)))
            if not ok:
                b.problems.append("smoke %s %s differs" % (name, mode))


def regen(b):
    """Writes checksums.txt from CPython 3.13.0: the smoke checksums and main(N)'s."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    paths = [os.path.join(SUITE, n + ".py") for n in programs(None)]
    lines = ["# Written by `bench/run --regen-checksums` from CPython %s; never edit by hand.\n"
             % platform.python_version()]
    r = subprocess.run([cpython_exe(), DRIVER, "--smoke"] + paths, capture_output=True, text=True, env=env,
                       cwd=SUITE, check=True)
    for line in r.stdout.splitlines():
        _, name, mode, value = line.split(" ", 3)
        lines.append("smoke %s:%s %s\n" % (name, mode, value))
    r = subprocess.run([cpython_exe(), DRIVER, "--warm", "1", "--iters", "0"] + paths, capture_output=True,
                       text=True, env=env, cwd=SUITE, check=True)
    for line in r.stdout.splitlines():
        if line.startswith("checksum "):
            _, name, value = line.split(" ", 2)
            lines.append("full %s %s\n" % (name, value))
    with open(CHECKSUMS, "w") as f:
        f.writelines(lines)
    print("wrote %s (%d lines)" % (os.path.relpath(CHECKSUMS, ROOT), len(lines) - 1))


def launcher_jdk():
    # the JDK the pyjama launcher picks (it may prefer a JDK 25 in /usr/lib/jvm over the java on PATH)
    env = dict(os.environ, PYJAMA_JAVA_OPTS="-XshowSettings:properties")
    err = subprocess.run([PYJAMA, "-c", "pass"], capture_output=True, text=True, env=env).stderr
    props = dict(line.strip().split(" = ", 1) for line in err.splitlines() if " = " in line)
    if "java.runtime.version" not in props:
        return "launcher JDK unknown"
    return "launcher JDK %s (%s)" % (props["java.runtime.version"], props.get("java.home", "?"))


def header():
    print("# bench/run %s" % " ".join(sys.argv[1:]))
    if os.environ.get("BENCH_CLOCK") == "cpu":
        print("times are the main thread's CPU time (--clock cpu), not wall time")
    print("date %s, %s, CPython %s (%s), %d cores, load average %.1f" % (
        time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), launcher_jdk(),
        platform.python_version(), cpython_exe(), os.cpu_count(), os.getloadavg()[0]))


def main():
    ap = argparse.ArgumentParser(prog="bench/run", description=(
        "Runs bench/suite/*.py under pyjama and CPython 3.13.0 side by side (alternating), timed warm in "
        "process, and prints per mode each interpreter's median time per call of main(N), the ratio and "
        "the geometric mean; then the monitoring-idle costs with their noise, start-up and peak memory."))
    ap.add_argument("--modes", default=",".join(ALL_MODES),
                    help="comma-separated, from: %s (default: all)" % ", ".join(ALL_MODES))
    ap.add_argument("--bench", default="", help="comma-separated benchmark names (default: all)")
    ap.add_argument("--warm", type=int, default=6, help="warm-up calls per process, untraced and idle (default 6)")
    ap.add_argument("--iters", type=int, default=4, help="timed calls per process, untraced and idle (default 4)")
    ap.add_argument("--cpython-warm", type=int, default=1,
                    help="at most this many warm-up calls per CPython process (default 1: no JIT to wait for)")
    ap.add_argument("--traced-warm", type=int, default=1, help="warm-up calls under tracing (default 1)")
    ap.add_argument("--traced-iters", type=int, default=2, help="timed calls under tracing (default 2)")
    ap.add_argument("--idle-reps", type=int, default=1,
                    help="processes per idle set-up and benchmark (default 1; the first are the hosts of "
                         "setprofile, line-live and line-disable: see HOSTS)")
    ap.add_argument("--idle-cpython", action="store_true",
                    help="run the idle set-ups under CPython too (default: pyjama only, no CPython rows)")
    ap.add_argument("--separate", action="store_true",
                    help="each traced mode in a pyjama process of its own (the default runs settrace, setprofile, "
                         "line-disable and line-live after the untraced or idle calls of a process: see HOSTS in run.py)")
    ap.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                    help="time per call: wall (default) or cpu, the main thread's CPU time, steadier on a "
                         "loaded machine (it leaves out JIT compiler threads, which flatters pyjama)")
    ap.add_argument("--startup-runs", type=int, default=11, help="-c pass runs per interpreter (default 11)")
    ap.add_argument("--quick", action="store_true",
                    help="1 warm-up and 2 timed calls, traced 1 and 1, 5 start-ups (unless given); modes untraced and settrace unless --modes")
    ap.add_argument("--smoke", action="store_true", help="one call each, untraced and under settrace: checksums only")
    ap.add_argument("--regen-checksums", action="store_true", help="rewrite bench/suite/checksums.txt from CPython")
    ap.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    ap.add_argument("--save", metavar="FILE",
                    help="also write every process's timed calls (wall and CPU) to FILE as JSON, for analysis")
    opts = ap.parse_args()
    opts.bench = [s for s in opts.bench.split(",") if s]
    if opts.quick:
        quick = {"warm": 1, "iters": 2, "traced_warm": 1, "traced_iters": 1, "idle_reps": 1, "startup_runs": 5}
        for key, value in quick.items():  # what the command line names explicitly stays
            if "--" + key.replace("_", "-") not in sys.argv:
                setattr(opts, key, value)
        if "--modes" not in " ".join(sys.argv):
            opts.modes = "untraced,settrace"
    modes = [m for m in opts.modes.split(",") if m]
    for m in modes:
        if m not in ALL_MODES:
            sys.exit("bench/run: unknown mode %r (modes: %s)" % (m, ", ".join(ALL_MODES)))
    if opts.clock == "cpu":
        os.environ["BENCH_CLOCK"] = "cpu"  # Run passes it on to driver.py as --clock cpu
    b = Bench(opts)
    if opts.list:
        print("\n".join(b.names))
        return 0
    if opts.regen_checksums:
        regen(b)
        return 0
    started = time.monotonic()
    header()
    other = {}  # the processes that are not a Run: label -> (count, wall seconds)
    if opts.smoke:
        smoke(b)
    else:
        # untraced first: the traced tables divide by it, and its checksums are the run's reference
        timed = [m for m in ["untraced"] + TRACED if m in modes]
        if any(m in TRACED for m in timed) and "untraced" not in timed:
            timed.insert(0, "untraced")
        # pyjama's traced mode -> the set-up of the process whose calls it follows (HOSTS)
        hosted = {} if opts.separate else {m: h for m, h in HOSTS.items() if m in timed}
        traced = (opts.traced_warm, opts.traced_iters)
        if not opts.separate:
            run_hosted(b, timed, hosted)
        for mode in ([] if not opts.separate else timed):  # --separate: a process per mode, as before
            warm, iters = (opts.warm, opts.iters) if mode == "untraced" else traced
            if mode == "line-disable":
                # DISABLE is judged once warm (issue 6: at most 1.1x): after the first call
                # no callback runs, but the JIT needs the untraced warm-up to recompile the
                # de-instrumented code, so this mode gets the untraced warm-up and timed calls
                warm, iters = opts.warm, opts.iters
            interps = ("pyjama",) if mode == "java-trace" else ("pyjama", "cpython")
            for name in b.names:
                if mode == "untraced":  # CPython's checksum first: the others compare with it
                    b.measure(mode, name, warm, iters, ("cpython", "pyjama"))
                else:
                    b.measure(mode, name, warm, iters, interps)
            report_mode(b, mode)
            sys.stdout.flush()
        if not opts.separate:
            for mode in timed:
                report_mode(b, mode)
        if "idle" in modes:
            run_idle(b, opts.warm, opts.iters, opts.idle_reps,
                     ("pyjama", "cpython") if opts.idle_cpython else ("pyjama",), set(hosted.values()))
            report_idle(b)
        if "startup" in modes:
            t = time.monotonic()
            startup(opts.startup_runs)
            other["start-up -c pass"] = (2 * (opts.startup_runs + 1), time.monotonic() - t)
        if "untraced" in timed:
            report_memory(b)
        report_time(b, other, time.monotonic() - started)
        if opts.save:
            save(b, opts.save)
    print()
    print("bench/run took %.0f s" % (time.monotonic() - started))
    if b.problems:
        print("PROBLEMS (%d):" % len(b.problems))
        for p in b.problems:
            print("  " + p)
        return 1
    print("all checksums agree with CPython's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
