# Bounded queues: put_nowait on a full one, get_nowait and timed get on an empty one; a blocked put released.
import queue
import threading

q = queue.Queue(2)
q.put(1); q.put(2)
print(q.full(), q.qsize())
try:
    q.put_nowait(3)
except queue.Full:
    print("Full")
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.get_nowait(), q.get())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# A producer blocked on a full queue goes on when the consumer takes an item.
q = queue.Queue(1)
q.put("first")
log = []
def producer():
    q.put("second")
    log.append("put second")
t = threading.Thread(target=producer)
t.start()
print(q.get())
t.join()
print(log, q.get())
