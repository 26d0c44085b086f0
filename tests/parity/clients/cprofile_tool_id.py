# cProfile holds sys.monitoring's PROFILER tool while enabled; a second profiler is refused.
import sys
import cProfile

mon = sys.monitoring
print(mon.get_tool(mon.PROFILER_ID))
p = cProfile.Profile()
p.enable()
print(mon.get_tool(mon.PROFILER_ID))
E = mon.events
print(mon.get_events(mon.PROFILER_ID) == (E.PY_START | E.PY_RESUME | E.PY_THROW | E.PY_RETURN | E.PY_YIELD
                                          | E.PY_UNWIND | E.CALL | E.C_RETURN | E.C_RAISE))
q = cProfile.Profile()
try:
    q.enable()
except ValueError as e:
    print("ValueError:", e)
p.disable()
print(mon.get_tool(mon.PROFILER_ID), mon.get_events(mon.PROFILER_ID))
q.enable()
q.disable()
print(sorted(str(e.code) for e in q.getstats()))
mon.use_tool_id(mon.PROFILER_ID, "mine")
try:
    p.enable()
except ValueError as e:
    print("ValueError:", e)
mon.free_tool_id(mon.PROFILER_ID)
