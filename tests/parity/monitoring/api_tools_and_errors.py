# sys.monitoring's tool registry and its misuse errors: use_tool_id, free_tool_id, get_tool,
# register_callback, set_events, get_events, set_local_events, get_local_events,
# restart_events and _all_events, with every ValueError/TypeError CPython raises.
import sys

mon = sys.monitoring
E = mon.events


def attempt(label, f, *args):
    try:
        print(label, '->', repr(f(*args)))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


print(type(mon).__name__, mon.__name__, repr(mon))
print(sorted(n for n in dir(mon) if not n.startswith('__')))
print(type(E).__name__, sorted((n, getattr(E, n)) for n in dir(E) if n.isupper()))
print(mon.DEBUGGER_ID, mon.COVERAGE_ID, mon.PROFILER_ID, mon.OPTIMIZER_ID)
print(type(mon.DISABLE).__name__, type(mon.MISSING).__name__, mon.DISABLE is mon.MISSING)
print(repr(mon.DISABLE).startswith('<object object at 0x'), repr(mon.MISSING).startswith('<object object at 0x'))

for tool in (-1, 6, 7, 9, 2**40, 'x', 1.0, True):
    attempt('use_tool_id %r' % (tool,), mon.use_tool_id, tool, 'name')
attempt('use_tool_id bad name', mon.use_tool_id, 0, 42)
attempt('use_tool_id no args', mon.use_tool_id)
attempt('use_tool_id keywords', lambda: mon.use_tool_id(tool_id=0, name='x'))
attempt('use_tool_id 0', mon.use_tool_id, 0, 'dbg')
attempt('use_tool_id 0 again', mon.use_tool_id, 0, 'other')
attempt('get_tool 0', mon.get_tool, 0)
attempt('get_tool 1', mon.get_tool, 1)
attempt('get_tool 6', mon.get_tool, 6)
attempt('get_events 0', mon.get_events, 0)
attempt('get_events unused 3', mon.get_events, 3)
attempt('set_events unused 3', mon.set_events, 3, E.LINE)
attempt('set_events bad tool', mon.set_events, 8, E.LINE)
attempt('set_events negative', mon.set_events, 0, -1)
attempt('set_events too big', mon.set_events, 0, 1 << 17)
attempt('set_events huge', mon.set_events, 0, 1 << 40)
attempt('set_events C_RETURN alone', mon.set_events, 0, E.C_RETURN)
attempt('set_events C_RAISE alone', mon.set_events, 0, E.C_RAISE | E.LINE)
attempt('set_events C_RETURN with CALL', mon.set_events, 0, E.C_RETURN | E.CALL)
attempt('get_events after', mon.get_events, 0)
attempt('_all_events', mon._all_events)
attempt('set_events many', mon.set_events, 0, E.PY_START | E.PY_RETURN | E.RAISE | E.BRANCH | E.JUMP)
attempt('get_events many', mon.get_events, 0)
attempt('_all_events many', mon._all_events)
attempt('set_events str', mon.set_events, 0, 'LINE')
attempt('set_events NO_EVENTS', mon.set_events, 0, E.NO_EVENTS)
attempt('_all_events none', mon._all_events)

def f():
    return 1

code = f.__code__
attempt('set_local_events not code', mon.set_local_events, 0, f, E.LINE)
attempt('get_local_events not code', mon.get_local_events, 0, 'code')
attempt('set_local_events bad tool', mon.set_local_events, 7, code, E.LINE)
attempt('set_local_events unused', mon.set_local_events, 4, code, E.LINE)
attempt('set_local_events non-local', mon.set_local_events, 0, code, E.RAISE)
attempt('set_local_events PY_UNWIND', mon.set_local_events, 0, code, E.PY_UNWIND)
attempt('set_local_events C_RETURN', mon.set_local_events, 0, code, E.C_RETURN)
attempt('set_local_events C_RETURN CALL', mon.set_local_events, 0, code, E.C_RETURN | E.CALL)
attempt('get_local_events', mon.get_local_events, 0, code)
attempt('get_local_events unused', mon.get_local_events, 4, code)
attempt('set_local_events LINE BRANCH', mon.set_local_events, 0, code, E.LINE | E.BRANCH | E.STOP_ITERATION)
attempt('get_local_events again', mon.get_local_events, 0, code)
attempt('get_local_events other code', mon.get_local_events, 0, attempt.__code__)
attempt('set_local_events negative', mon.set_local_events, 0, code, -1)
attempt('set_local_events 0', mon.set_local_events, 0, code, 0)

def cb(*args):
    pass

attempt('register two events', mon.register_callback, 0, E.LINE | E.CALL, cb)
attempt('register no event', mon.register_callback, 0, 0, cb)
attempt('register bad event', mon.register_callback, 0, 1 << 17, cb)
attempt('register negative', mon.register_callback, 0, -4, cb)
attempt('register bad tool', mon.register_callback, 6, E.LINE, cb)
attempt('register first', mon.register_callback, 0, E.LINE, cb)
attempt('register second', lambda: mon.register_callback(0, E.LINE, print) is cb)
attempt('register None', lambda: mon.register_callback(0, E.LINE, None) is print)
attempt('register after None', mon.register_callback, 0, E.LINE, None)
attempt('register unused tool', mon.register_callback, 3, E.LINE, cb)
attempt('register non-callable', mon.register_callback, 0, E.CALL, 42)
attempt('register non-callable back', mon.register_callback, 0, E.CALL, None)
attempt('restart_events', mon.restart_events)
attempt('restart_events args', mon.restart_events, 1)
attempt('free_tool_id 0', mon.free_tool_id, 0)
attempt('get_tool after free', mon.get_tool, 0)
attempt('free_tool_id again', mon.free_tool_id, 0)
attempt('free_tool_id bad', mon.free_tool_id, 6)
attempt('get_events after free', mon.get_events, 0)
attempt('use_tool_id after free', mon.use_tool_id, 0, 'again')
attempt('get_events reused', mon.get_events, 0)
attempt('use 5', mon.use_tool_id, 5, 'optimizer')
attempt('get_tool 5', mon.get_tool, 5)
attempt('set_events all call events', mon.set_events, 5, E.CALL | E.C_RETURN | E.C_RAISE)
attempt('get_events all call events', mon.get_events, 5)
attempt('_all_events call', mon._all_events)
attempt('register on 5', mon.register_callback, 5, E.CALL, cb)
attempt('set_local_events all call events', mon.set_local_events, 5, code, E.CALL | E.C_RETURN | E.C_RAISE | E.LINE)
attempt('get_local_events call', mon.get_local_events, 5, code)
attempt('free_tool_id 5 with events', mon.free_tool_id, 5)
attempt('get_events after free 5', mon.get_events, 5)
attempt('_all_events after free 5', mon._all_events)
attempt('get_local_events after free 5', mon.get_local_events, 5, code)
attempt('use 5 again', mon.use_tool_id, 5, 'again')
attempt('get_events 5 reused', mon.get_events, 5)
attempt('get_local_events 5 reused', mon.get_local_events, 5, code)
attempt('register on 5 after free', lambda: mon.register_callback(5, E.CALL, None) is cb)
E.LINE = 1
attempt('events namespace is writable', lambda: E.LINE)
attempt('set_events float', mon.set_events, 0, 32.0)
attempt('get_events bool tool', mon.get_events, False)
attempt('get_local_events bad both', mon.get_local_events, 'x', 'y')
attempt('get_local_events bad code, bad tool', mon.get_local_events, 9, 'y')
attempt('set_local_events bad set type, bad code', mon.set_local_events, 0, 'y', 'z')
attempt('set_local_events bad code, bad tool', mon.set_local_events, 9, 'y', 0)
attempt('set_events bad tool, bad set', mon.set_events, 9, -1)
attempt('register bad tool type', mon.register_callback, 'x', 1, None)
attempt('register bad event type', mon.register_callback, 0, 'x', None)
