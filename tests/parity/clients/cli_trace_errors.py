# python -m trace with bad command lines.
from _clients import run_module
import sys
import io

saved = sys.stderr
sys.stderr = io.StringIO()
try:
    run_module("trace", "_target_lines.py")
    run_module("trace", "--count", "--listfuncs", "_target_lines.py")
    run_module("trace", "--report", "_target_lines.py")
finally:
    err, sys.stderr = sys.stderr.getvalue(), saved
print(err)
