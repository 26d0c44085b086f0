# Uncaught exceptions in threads: threading.excepthook's default output, a custom hook,
# SystemExit ignored, and _thread.start_new_thread's unraisable report.
import threading, _thread, sys

def boom():
    raise ValueError("boom")

t = threading.Thread(target=boom, name="Boomer")
t.start()
t.join()
sys.stderr.flush()

def quiet_exit():
    sys.exit(3)
t = threading.Thread(target=quiet_exit)
t.start()
t.join()
print("after SystemExit in thread")

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, type(args.exc_traceback).__name__))
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, name="Hooked")
t.start()
t.join()
threading.excepthook = old
print(seen)
print(threading.ExceptHookArgs is _thread._ExceptHookArgs, threading.__excepthook__ is _thread._excepthook)

done = _thread.allocate_lock()
done.acquire()
def raw():
    try:
        raise KeyError("raw")
    finally:
        done.release()
_thread.start_new_thread(raw, ())
done.acquire()
# let the thread finish reporting
import time
time.sleep(0.2)
sys.stdout.flush()
print("end")
