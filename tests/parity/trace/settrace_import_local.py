# Imports run while sys.settrace is active: CPython runs importlib's Python code
# (<frozen importlib._bootstrap> and <frozen importlib._bootstrap_external>), so the tracer
# gets call, line and return events for _find_and_load, PathFinder, FileFinder,
# SourceFileLoader and _handle_fromlist, with their frozen file names. Only modules of this
# folder are imported (a search of the standard library walks sys.path entries pyjama does not list).
import sys

events = []


def tracer(frame, event, arg):
    code = frame.f_code
    events.append(f"{event} {code.co_filename.rsplit('/', 1)[-1]}:{code.co_name}:{frame.f_lineno}")
    return tracer


sys.settrace(tracer)
import _impev_mod
from _impev_pkg import sub
sys.settrace(None)

for line in events:
    print(line)
print(_impev_mod.VALUE, sub.SUB)
