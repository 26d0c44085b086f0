# A refused jump whose ValueError leaves the trace function: tracing stops (sys.gettrace() is
# None), the frame's f_trace is cleared and the error is raised by the traced line, where the
# function can catch it; last, one left uncaught ends the program with CPython's traceback.
import sys
from _jump import jump


def caught_in_function(output):
    output.append(1)
    try:
        output.append(3)
    except ValueError as e:
        output.append(('caught', str(e)))
        output.append(sys.gettrace())
    output.append(7)


def propagates(output):
    output.append(1)
    for i in 1, 2:
        output.append(3)
    output.append(4)


def from_return(output):
    output.append(1)
    return 2


def calls_from_return(func, output):
    try:
        output.append(func(output))
    except ValueError as e:
        output.append(('caught by the caller', str(e)))


jump(caught_in_function, 3, 6, propagate=True)
jump(caught_in_function, 3, 4, propagate=True)
jump(propagates, 1, 3, propagate=True)
jump(from_return, 2, 1, event='return', propagate=True, driver=calls_from_return)
print('tracing after the cases:', sys.gettrace())


def uncaught():
    a = 1
    b = 2
    return a + b


def tracer(frame, event, arg):
    if event == 'line' and frame.f_code is uncaught.__code__ and frame.f_lineno == first + 2:
        frame.f_lineno = first + 100
    return tracer


first = uncaught.__code__.co_firstlineno
sys.settrace(tracer)
uncaught()
