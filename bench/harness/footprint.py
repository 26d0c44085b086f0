# The work of bench/footprint (see there): run by CPython 3.13.0.
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SUITE = os.path.join(ROOT, "bench", "suite")


def run(opts, name, warm, iters):
    """One process: returns (VmHWM MB, process CPU s, median s per call, GC pause ms)."""
    words = opts.split()
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYENV_VERSION", None)
    env.update(w.split("=", 1) for w in words if w.startswith("PYJAMA_"))
    with tempfile.NamedTemporaryFile(suffix=".log", delete=False) as f:
        log = f.name
    env["PYJAMA_JAVA_OPTS"] = " ".join([w for w in words if not w.startswith("PYJAMA_")] + ["-Xlog:gc:file=" + log])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run([os.path.join(ROOT, "pyjama"), os.path.join(HERE, "driver.py"), "--warm", str(warm),
                        "--iters", str(iters), name + ".py"], capture_output=True, text=True, env=env, cwd=SUITE)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    hwm, times = None, []
    for line in p.stdout.splitlines():
        if line.startswith("vmhwm "):
            hwm = int(line.split()[1]) / 1024
        elif line.startswith("times "):
            times = [float(t) for t in line.split()[2:]]
    gc = 0.0
    with open(log) as f:
        for line in f:  # "[..][info][gc] GC(3) Pause Young (Allocation Failure) 46M->24M(374M) 18.048ms"
            if " Pause " in line and line.rstrip().endswith("ms"):
                gc += float(line.split()[-1][:-2])
    os.unlink(log)
    if p.returncode or hwm is None or not times:
        sys.exit("bench/footprint: %s failed under %r:\n%s" % (name, opts, p.stderr[-2000:]))
    return hwm, cpu, statistics.median(times), gc


def geomean(xs):
    return math.exp(sum(map(math.log, xs)) / len(xs))


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: bench/footprint ROUNDS BENCH[,BENCH...]|all LABEL=OPTIONS...")
    rounds, names = int(sys.argv[1]), sys.argv[2].split(",")
    if names == ["all"]:
        names = sorted(f[:-3] for f in os.listdir(SUITE) if f.endswith(".py") and not f.startswith("_"))
    sets = [a.split("=", 1) for a in sys.argv[3:]]
    warm, iters = int(os.environ.get("WARM", "2")), int(os.environ.get("ITERS", "4"))  # bench/run's defaults
    print("# bench/footprint %s (%s UTC, load average %.1f)" % (
        " ".join(sys.argv[1:]), time.strftime("%Y-%m-%d %H:%M", time.gmtime()), os.getloadavg()[0]))
    print("%-18s %-10s %9s %8s %9s %8s" % ("benchmark", "set", "VmHWM MB", "CPU s", "s/call", "GC ms"))
    res = {}
    for name in names:
        for _ in range(rounds):
            for label, opts in sets:
                res.setdefault((label, name), []).append(run(opts, name, warm, iters))
        for label, _ in sets:
            rs = res[(label, name)]
            print("%-18s %-10s %9.1f %8.2f %9.3f %8.0f" % (
                name, label, max(r[0] for r in rs), statistics.median(r[1] for r in rs),
                statistics.median(r[2] for r in rs), statistics.median(r[3] for r in rs)), flush=True)
    print("%-29s %9s %8s %9s %8s" % ("geometric mean (GC: total)", "VmHWM MB", "CPU s", "s/call", "GC ms"))
    for label, _ in sets:
        rs = [res[(label, n)] for n in names]
        print("%-29s %9.1f %8.2f %9.3f %8.0f" % (
            label, geomean([max(r[0] for r in x) for x in rs]), geomean([statistics.median(r[1] for r in x) for x in rs]),
            geomean([statistics.median(r[2] for r in x) for x in rs]), sum(statistics.median(r[3] for r in x) for x in rs)))
    print("load average %.1f" % os.getloadavg()[0])


if __name__ == "__main__":
    main()
