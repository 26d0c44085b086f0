# join with a timeout on a blocked thread returns with it alive; the join errors.
import threading

gate = threading.Event()
t = threading.Thread(target=gate.wait)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
t.join(0.02)
print(t.is_alive())
t.join(timeout=0)
print(t.is_alive())
gate.set()
t.join(30)
print(t.is_alive())
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
res = []
def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        res.append(str(e))
s = threading.Thread(target=join_self)
s.start(); s.join()
print(res)
