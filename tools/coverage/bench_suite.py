# Runs every program of bench/suite once, main(N) (or main(SMOKE_N) with --smoke), in one
# process, so that `coverage run tools/coverage/bench_suite.py` measures the benchmark suite
# (issue 10: the time of a coverage run of the benchmark suite, pyjama against CPython 3.13).
# Prints each program's result, which bench/suite/checksums.txt also holds.
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
suite = os.path.join(here, "..", "..", "bench", "suite")
smoke = "--smoke" in sys.argv[1:]
for name in sorted(n for n in os.listdir(suite) if n.endswith(".py")):
    path = os.path.join(suite, name)
    with open(path) as f:
        namespace = {"__name__": "__bench__", "__file__": path}
        exec(compile(f.read(), path, "exec"), namespace)
    n = namespace["SMOKE_N"] if smoke else namespace["N"]
    print(name[:-3], namespace["main"](n))
