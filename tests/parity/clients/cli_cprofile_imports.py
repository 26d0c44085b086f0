# python -m cProfile -s stdname _target_imports.py (times masked): the program's imports run
# importlib's Python code under the profiler, whose rows (<frozen importlib._bootstrap>,
# {built-in method _imp.acquire_lock}, {built-in method posix.stat} ...) and call counts
# must be CPython's
from _clients import run_module
run_module("cProfile", "-s", "stdname", "_target_imports.py")
