# A jump that leaves locals unbound warns (RuntimeWarning "assigning None to N unbound
# local(s)"); once the warnings module is imported, its filters and showwarning decide what
# happens to that warning, as CPython's C warnings code asks them: catch_warnings records it,
# an "error" filter turns it into an exception raised by the f_lineno assignment, "ignore" drops it.
import sys
import warnings


def victim():
    a = 1
    b = 2
    return (a, b)


def run(action):
    first = victim.__code__.co_firstlineno
    jumps = []

    def tracer(frame, event, arg):
        if frame.f_code is victim.__code__ and event == 'line' and frame.f_lineno == first + 1 and not jumps:
            jumps.append(1)
            try:
                frame.f_lineno = first + 3
                print('  jumped to', frame.f_lineno - first)
            except Exception as e:
                print('  jump raised', type(e).__name__, e)
            return None
        return tracer

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter(action)
        sys.settrace(tracer)
        try:
            print('  result', victim())
        finally:
            sys.settrace(None)
    for w in caught:
        print('  recorded', w.category.__name__, str(w.message), w.filename == __file__, w.lineno)


for action in ('always', 'error', 'ignore'):
    print(action)
    run(action)
