# f_trace_opcodes: 'opcode' events with f_lasti for every instruction of a frame whose trace
# function asked for them, set on the call event, then turned off again part-way.
import sys

log = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == 'call' and frame.f_code.co_name == 'target':
        frame.f_trace_opcodes = True
    if event == 'opcode':
        log.append(('opcode', frame.f_code.co_name, frame.f_lasti))
        if frame.f_lasti > 20:
            frame.f_trace_opcodes = False
    else:
        log.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


def target(n):
    total = 0
    for i in range(n):
        total += i
    return total


def plain():
    return 1


sys.settrace(tracer)
target(2)
plain()
target(1)
sys.settrace(None)
for entry in log:
    print(entry)
