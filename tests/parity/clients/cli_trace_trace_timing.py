# python -m trace --trace --ignore-dir DIR (the standard library) _target_debug.py.
import sysconfig
from _clients import run_module
run_module("trace", "--trace", "--ignore-dir", sysconfig.get_paths()["stdlib"], "_target_debug.py")
