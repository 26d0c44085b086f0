# A thread's life: not alive before start, alive while running, stopped after; ident kept after the end.
import threading

gate = threading.Event()
entered = threading.Event()
def body():
    entered.set()
    gate.wait()
t = threading.Thread(target=body, name="life")
print(t.is_alive(), t.ident is None, t.native_id is None)
t.start()
entered.wait()
print(t.is_alive(), t.ident is not None, t in threading.enumerate())
gate.set()
t.join()
print(t.is_alive(), t.ident is not None, t in threading.enumerate())
print(threading.stack_size())
try:
    threading.stack_size(100)
except ValueError as e:
    print("ValueError:", e)
