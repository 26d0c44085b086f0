# python -m trace --listfuncs _target_work.py: the functions called.
from _clients import run_module
run_module("trace", "--listfuncs", "_target_work.py")
