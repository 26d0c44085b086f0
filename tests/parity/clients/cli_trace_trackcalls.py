# python -m trace --trackcalls _target_work.py: caller -> callee relations (trace.py finds
# the class of a method through gc.get_referrers).
from _clients import run_module
run_module("trace", "--trackcalls", "_target_work.py")
