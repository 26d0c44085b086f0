# python -m cProfile -s nfl -m _target_work: profiling a module run by name.
from _clients import run_module
run_module("cProfile", "-s", "nfl", "-m", "_target_work")
