# python -m profile -o FILE _target_lines.py, then the saved statistics read back by pstats.
import os
import pstats
import tempfile
from _clients import run_module, print_stats

with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "lines.prof")
    run_module("profile", "-o", out, "_target_lines.py")
    print_stats(pstats.Stats(out).stats)
