# sys.unraisablehook: UnraisableHookArgs for an error in a _thread function, a failing hook, an atexit callback
import sys, atexit, threading
print(sys.unraisablehook is sys.__unraisablehook__, type(sys.unraisablehook).__name__)
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object is f, type(u).__name__))
def f(): raise ValueError("in thread")
sys.unraisablehook = hook
t = threading.Thread(target=f); t.start(); t.join()
print(threading.excepthook is not None)
import _thread, time
done = []
def g(): 
    try: raise KeyError("k")
    finally: done.append(1)
_thread.start_new_thread(g, ()); 
while not done: time.sleep(0.01)
time.sleep(0.05)
import re
print([tuple(re.sub(' at 0x[0-9a-f]+', '', x) if isinstance(x, str) else x for x in s) for s in seen])
class BadHook:
    def __call__(self, u): raise RuntimeError("hook failed")
    def __repr__(self): return 'BadHook!'
sys.unraisablehook = BadHook()
class CB:
    def __call__(self): raise OSError('atexit cb')
    def __repr__(self): return 'CB!'
atexit.register(CB())
