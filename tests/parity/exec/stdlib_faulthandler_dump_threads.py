# faulthandler.dump_traceback: every thread, newest first, the calling one headed "Current thread"
import faulthandler
import sys
import threading

ev = threading.Event()
go = threading.Event()


def worker():
    ev.set()
    go.wait()


t = threading.Thread(target=worker)
t.start()
ev.wait()


def f():
    faulthandler.dump_traceback(sys.stdout, all_threads=True)


f()
print("--")
faulthandler.dump_traceback(sys.stdout, all_threads=False)
print("--")
faulthandler.dump_traceback(file=sys.stdout)
go.set()
t.join()
print("--")
faulthandler.dump_traceback(sys.stdout)
print(faulthandler.is_enabled())
