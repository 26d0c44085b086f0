# python -m cProfile -s nfl _target_args.py one two: the script's argv, its sys.exit status,
# and cProfile's report of a run that ended with SystemExit.
from _clients import run_module
run_module("cProfile", "-s", "nfl", "_target_args.py", "one", "two")
run_module("profile", "-s", "stdname", "_target_args.py", "three")
