# weakref.finalize: finalizers with atexit=True run at exit, newest first, after the atexit hooks registered later
import weakref, atexit

class Obj: pass

def report(*a): print("finalizer", *a)

keep = [Obj() for i in range(4)]
weakref.finalize(keep[0], report, 0)
f1 = weakref.finalize(keep[1], report, 1)
f1.atexit = False
weakref.finalize(keep[2], report, 2)
weakref.finalize(keep[3], report, 3)
atexit.register(print, "atexit hook")
print("main done")
