# Every misuse of sys.monitoring with its exception: tool ids out of range, names that are not
# str, tools in use / not in use, event sets too large or mixing C_RETURN without CALL,
# non-local events given as local, callbacks for several events, code that is not code,
# ints too large for C int, non-ints, wrong argument counts and keywords.
import sys

mon = sys.monitoring
E = mon.events


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print('%-34s %s: %s' % (label, type(e).__name__, e))
    else:
        print('%-34s ok %r' % (label, r))


def code():
    pass


for tool in (-1, 6, 7, 8, 2 ** 31, 2 ** 40, 'x', 1.5, True):
    attempt('use_tool_id(%r)' % (tool,), mon.use_tool_id, tool, 'n')
attempt('use_tool_id name 3', mon.use_tool_id, 3, 3)
attempt('use_tool_id name None', mon.use_tool_id, 3, None)
attempt('use_tool_id 3', mon.use_tool_id, 3, 'three')
attempt('use_tool_id 3 again', mon.use_tool_id, 3, 'again')
attempt('free_tool_id(6)', mon.free_tool_id, 6)
attempt('get_tool(-2)', mon.get_tool, -2)
attempt('set_events unused tool', mon.set_events, 4, E.LINE)
attempt('set_local_events unused tool', mon.set_local_events, 4, code.__code__, E.LINE)
for events in (-1, 1 << 17, 1 << 20, E.C_RETURN, E.C_RAISE, E.C_RETURN | E.LINE, E.CALL | E.C_RAISE):
    attempt('set_events(3, %#x)' % events, mon.set_events, 3, events)
    attempt('get_events(3)', mon.get_events, 3)
for events in (E.RAISE, E.EXCEPTION_HANDLED, E.PY_UNWIND, E.PY_THROW, E.RERAISE, E.C_RETURN, 1 << 17, -2):
    attempt('set_local_events(3, %#x)' % events, mon.set_local_events, 3, code.__code__, events)
attempt('set_local_events on a function', mon.set_local_events, 3, code, E.LINE)
attempt('get_local_events on None', mon.get_local_events, 3, None)
attempt('get_local_events tool 9', mon.get_local_events, 9, code.__code__)
for event in (0, 3, E.LINE | E.CALL, 1 << 17, 1 << 18, -1):
    attempt('register_callback(3, %d)' % event, mon.register_callback, 3, event, print)
attempt('register_callback C_RETURN', mon.register_callback, 3, E.C_RETURN, print)
attempt('register_callback C_RETURN again', mon.register_callback, 3, E.C_RETURN, None)
attempt('register_callback bad tool', mon.register_callback, 8, E.LINE, print)
attempt('set_events too large', mon.set_events, 3, 2 ** 32)
attempt('set_events str', mon.set_events, 3, 'LINE')
attempt('set_events float', mon.set_events, 3, 1.0)
attempt('use_tool_id no args', mon.use_tool_id)
attempt('use_tool_id 3 args', mon.use_tool_id, 1, 'a', 'b')
attempt('restart_events(1)', mon.restart_events, 1)
attempt('get_events keyword', mon.get_events, tool_id=3)
attempt('restart_events keyword', mon.restart_events, x=1)
attempt('_all_events', mon._all_events)
attempt('free_tool_id 3', mon.free_tool_id, 3)
attempt('free_tool_id 3 again', mon.free_tool_id, 3)
attempt('get_tool 3', mon.get_tool, 3)
