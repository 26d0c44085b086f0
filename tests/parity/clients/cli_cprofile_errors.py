# python -m cProfile with bad command lines: usage errors and a missing script.
from _clients import run_module
import sys
import io

saved = sys.stderr
sys.stderr = io.StringIO()
try:
    run_module("cProfile")
    run_module("cProfile", "-s", "nosuchkey", "_target_work.py")
    try:
        run_module("cProfile", "no_such_script.py")
    except OSError as e:
        print(type(e).__name__, e)
finally:
    err, sys.stderr = sys.stderr.getvalue(), saved
print(err.replace("\n\n", "\n"))
