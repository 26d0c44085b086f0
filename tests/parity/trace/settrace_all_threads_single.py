# sys._settraceallthreads / _setprofileallthreads with the one thread there is: the same
# events as settrace / setprofile, and their argument errors.
import sys
log = []
def t(frame, event, arg):
    if frame.f_code.co_filename == __file__:
        log.append((event, frame.f_code.co_name))
    return t
def f():
    return 1
sys._settraceallthreads(t)
f()
sys._settraceallthreads(None)
sys._setprofileallthreads(t)
f()
sys._setprofileallthreads(None)
print(log, sys.gettrace(), sys.getprofile())
for g in (sys._settraceallthreads, sys._setprofileallthreads):
    try: g()
    except TypeError as e: print(e)
