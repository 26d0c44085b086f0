# A daemon thread still blocked when the program ends does not keep it alive and prints nothing.
import threading

never = threading.Event()
started = threading.Event()
def forever():
    started.set()
    never.wait()
    print("daemon woke (never printed)")

d = threading.Thread(target=forever, daemon=True)
print(d.daemon, d.isDaemon())
d.start()
started.wait()
print(d.is_alive(), threading.current_thread().daemon)
def child():
    inner = threading.Thread(target=lambda: None)
    res.append(inner.daemon)
res = []
c = threading.Thread(target=child, daemon=True)
c.start(); c.join()
print("daemon inherited:", res)
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
print("main done")
