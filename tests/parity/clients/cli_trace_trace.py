# python -m trace --trace _target_lines.py: every line as it runs.
from _clients import run_module
run_module("trace", "--trace", "_target_lines.py")
