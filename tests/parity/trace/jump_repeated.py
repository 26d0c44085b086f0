# A trace function that jumps again and again: skipping a line on every iteration of a loop
# (the RuntimeWarning is shown once per text and line, as the default warning filter does),
# what frame.f_lineno reads right after the assignment, f_trace_lines off (no 'line' events,
# so no jump), and a sys.monitoring LINE tool at the same instruction still called after the
# trace function jumped.
import sys


def loop():
    total = 0
    for i in range(5):
        total += 100
        total += 1
    return total


first = loop.__code__.co_firstlineno
seen = []


def skipper(frame, event, arg):
    if frame.f_code is loop.__code__ and event == 'line':
        if frame.f_lineno == first + 3:
            frame.f_lineno = first + 4
            seen.append(frame.f_lineno - first)
    return skipper


sys.settrace(skipper)
print('skipping:', loop(), seen)
print('again:', loop())
sys.settrace(None)


def fresh():
    x = 1
    y = 2
    return x, y


def unbinding(frame, event, arg):
    if frame.f_code is fresh.__code__ and event == 'line' and frame.f_lineno == fresh.__code__.co_firstlineno + 1:
        frame.f_lineno += 2
    return unbinding


sys.settrace(unbinding)
for n in range(3):
    print('fresh:', fresh())
sys.settrace(None)


def no_lines(frame, event, arg):
    if frame.f_code is loop.__code__:
        frame.f_trace_lines = False
        if event == 'line':
            frame.f_lineno = first + 5
    return no_lines


sys.settrace(no_lines)
print('f_trace_lines off:', loop())
sys.settrace(None)

mon = sys.monitoring
mon.use_tool_id(2, 'observer')
calls = []
mon.register_callback(2, mon.events.LINE, lambda code, line: calls.append(line - first))
mon.set_local_events(2, loop.__code__, mon.events.LINE)
seen.clear()
sys.settrace(skipper)
print('with a LINE tool:', loop(), seen)
sys.settrace(None)
print('tool saw lines', calls)
mon.set_local_events(2, loop.__code__, 0)
mon.free_tool_id(2)
