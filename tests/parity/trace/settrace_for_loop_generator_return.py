# sys.settrace over for loops that exhaust generators: the 'exception' event (StopIteration
# with the return value) comes from RAISE in a FOR_ITER that runs generically (while line
# events cover it) and from STOP_ITERATION at END_FOR once CPython has specialised the loop
# (FOR_ITER_GEN) before tracing started.
import sys


def gen(n, result='r'):
    for i in range(n):
        yield i
    return result


def loop(n, result='r'):
    t = 0
    for x in gen(n, result):
        t += x
    return t


events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'loop':
        detail = None
        if event == 'exception':
            detail = '%s%r' % (arg[0].__name__, arg[1].args)
        events.append((event, frame.f_lineno - loop.__code__.co_firstlineno, detail))
    return tracer


def traced(title, calls):
    sys.settrace(tracer)
    results = [loop(*args) for args in calls]
    sys.settrace(None)
    print(title, results)
    for e in events:
        print('   ', e)
    events.clear()


traced('fresh loop', [(0,), (2,), (1, None)])
for k in range(4):
    loop(k)  # now FOR_ITER_GEN
traced('specialised before tracing', [(0,), (2,), (1, None), (1, (1, 2))])
traced('traced again', [(1,)])
