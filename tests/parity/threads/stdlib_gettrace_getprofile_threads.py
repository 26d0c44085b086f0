# sys.gettrace/getprofile answer for the calling thread; threading.gettrace/getprofile for new threads.
import sys
import threading

def t1(frame, event, arg): return None
def p1(frame, event, arg): pass
def t2(frame, event, arg): return None

out = {}
def report(name):
    out[name] = (sys.gettrace() is t1, sys.gettrace() is t2, sys.getprofile() is p1,
                 threading.gettrace() is t1, threading.getprofile() is p1)

sys.settrace(t2)
threading.settrace(t1)
threading.setprofile(p1)
a = threading.Thread(target=report, args=("started after threading.set*",))
a.start(); a.join()
sys.settrace(None)
report("main")
threading.settrace(None)
threading.setprofile(None)
b = threading.Thread(target=report, args=("started after reset",))
b.start(); b.join()
for k in sorted(out):
    print(k, out[k])
