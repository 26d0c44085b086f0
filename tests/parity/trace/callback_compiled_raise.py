# A closed trace function and a closed profiler that run hot enough for their compiled form
# (dev.pyjama.interp.CallbackRun calls it from a site of its own), then raise NameError from
# that form: the error, its traceback and the removed tracer must be CPython's; then they run
# again normally.
import sys


def f(n):
    return n + 1


def tr(frame, event, arg):
    x = gl
    return tr


def prof(frame, event, arg):
    x = gl


def traceback_names(e):
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return names


gl = 1
for setter, fn in ((sys.settrace, tr), (sys.setprofile, prof)):
    for i in range(3000):
        setter(fn)
        f(i)
        setter(None)
    del gl
    for k in range(2):
        setter(fn)
        try:
            f(1)
        except NameError as e:
            print(setter.__name__, "NameError", e, traceback_names(e), sys.gettrace(), sys.getprofile())
        setter(None)
    gl = 2
    setter(fn)
    r = f(5)
    setter(None)
    print(setter.__name__, r)
