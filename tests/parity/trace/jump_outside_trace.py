# f_lineno assignments outside a trace function: refused ("f_lineno can only be set in a trace
# function"), whatever the value; del is an AttributeError; but inside any monitoring callback
# the thread is delivering an event, so a sys.monitoring LINE callback can jump too.
import sys

frame = sys._getframe()
for value in (5, 'x', None, 10 ** 30):
    try:
        frame.f_lineno = value
    except Exception as e:
        print(repr(value)[:12], type(e).__name__, e)
try:
    del frame.f_lineno
except AttributeError as e:
    print('del:', e)


def target(out):
    out.append(1)
    out.append(2)
    out.append(3)
    return out


def generator_frame():
    yield 1


g = generator_frame()
try:
    g.gi_frame.f_lineno = 25
except ValueError as e:
    print('suspended generator:', e)

mon = sys.monitoring
TOOL = 3
mon.use_tool_id(TOOL, 'jumper')
first = target.__code__.co_firstlineno


def on_line(code, line):
    if code is target.__code__ and line == first + 1:
        caller = sys._getframe(1)
        caller.f_lineno = first + 3
        print('monitoring LINE jumped to', caller.f_lineno - first)
    return None


def on_start(code, offset):
    if code is target.__code__:
        try:
            sys._getframe(1).f_lineno = first + 2
        except ValueError as e:
            print('monitoring PY_START:', e)


mon.register_callback(TOOL, mon.events.LINE, on_line)
mon.register_callback(TOOL, mon.events.PY_START, on_start)
mon.set_local_events(TOOL, target.__code__, mon.events.LINE | mon.events.PY_START)
print(target([]))
mon.set_local_events(TOOL, target.__code__, 0)
mon.free_tool_id(TOOL)
print(target([]))
