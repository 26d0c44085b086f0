# sys.call_tracing: a function called from inside a trace function is itself traced (tracing
# is re-enabled for the call), while a plain call from the trace function is not.
import sys

log = []


def helper(x):
    return x + 1


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    name = frame.f_code.co_name
    log.append((event, name, frame.f_lineno - frame.f_code.co_firstlineno))
    if name == 'work' and event == 'call':
        helper(1)                       # not traced: inside the trace function
        sys.call_tracing(helper, (2,))  # traced
    return tracer


def work():
    return 'w'


sys.settrace(tracer)
work()
sys.settrace(None)
for entry in log:
    print(entry)
