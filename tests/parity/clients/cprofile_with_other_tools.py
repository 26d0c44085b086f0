# cProfile alongside sys.setprofile and another sys.monitoring tool: each sees its own events.
import sys
import cProfile
import pstats
from _clients import print_stats

seen = []


def prof(frame, event, arg):
    if frame.f_code.co_name in ("g", "h"):
        seen.append((event, frame.f_code.co_name))


def g():
    return h() + 1


def h():
    return 2


mon = sys.monitoring
mon.use_tool_id(mon.COVERAGE_ID, "cov")
starts = []
mon.register_callback(mon.COVERAGE_ID, mon.events.PY_START, lambda code, off: starts.append(code.co_name))
mon.set_events(mon.COVERAGE_ID, mon.events.PY_START)
p = cProfile.Profile()
sys.setprofile(prof)
p.enable()
g()
p.disable()
sys.setprofile(None)
mon.set_events(mon.COVERAGE_ID, 0)
mon.free_tool_id(mon.COVERAGE_ID)
print(seen)
print([s for s in starts if s in ("g", "h")])
print_stats(pstats.Stats(p).stats)
