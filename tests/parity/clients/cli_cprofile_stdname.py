# python -m cProfile -s stdname _target_lines.py (times masked)
from _clients import run_module
run_module("cProfile", "-s", "stdname", "_target_lines.py")
