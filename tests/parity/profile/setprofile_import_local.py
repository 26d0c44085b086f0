# Imports run while sys.setprofile is active: CPython runs importlib's Python code
# (<frozen importlib._bootstrap> _find_and_load, PathFinder, FileFinder, SourceFileLoader,
# _handle_fromlist for a package's fromlist, _lock_unlock_module for a module still
# initialising) and the profiler sees every call, including the C functions it calls and
# the weakref callbacks that end the module locks. Only modules of this folder are imported
# (a search of the standard library walks sys.path entries pyjama does not list).
import sys

events = []


def name_of(arg):
    return getattr(arg, '__qualname__', None) or getattr(arg, '__name__', '?')


def prof(frame, event, arg):
    code = frame.f_code
    where = f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_name}:{frame.f_lineno}"
    if event.startswith('c_'):
        events.append(f"{event} {name_of(arg)} in {where}")
    else:
        events.append(f"{event} {where}")


sys.setprofile(prof)
import _impev_mod
from _impev_pkg import sub
import _impev_pkg.sub
from _impev_pkg import sub as again
try:
    from _impev_pkg import missing
except ImportError as e:
    caught = e
import _impev_circ_a
import _impev_mod as cached
sys.setprofile(None)

for line in events:
    print(line)
print(_impev_mod.double(_impev_mod.VALUE), sub.SUB, again is sub, cached is _impev_mod)
print(type(caught).__name__, caught)
print(_impev_circ_a.A, sys.modules['_impev_circ_b'].B)
print(type(_impev_mod.__spec__.loader).__name__, _impev_mod.__spec__.parent == '')
