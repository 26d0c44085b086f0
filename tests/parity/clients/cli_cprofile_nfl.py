# python -m cProfile -s nfl _target_work.py (times masked)
from _clients import run_module
run_module("cProfile", "-s", "nfl", "_target_work.py")
