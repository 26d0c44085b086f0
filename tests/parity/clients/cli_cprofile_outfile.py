# python -m cProfile -o FILE _target_work.py, then the saved statistics read back by pstats.
import os
import pstats
import tempfile
from _clients import run_module, print_stats

with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "work.prof")
    run_module("cProfile", "-o", out, "_target_work.py")
    print_stats(pstats.Stats(out).stats)
