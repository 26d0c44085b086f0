# python -m profile -s stdname _target_work.py (times masked)
from _clients import run_module
run_module("profile", "-s", "stdname", "_target_work.py")
