# The main thread ends without joining: shutdown waits for the non-daemon thread, then atexit runs.
import atexit
import threading

go = threading.Event()
def worker():
    go.wait()
    for i in range(3):
        print("worker", i)

atexit.register(lambda: print("atexit runs after the thread"))
t = threading.Thread(target=worker)
t.start()
print("main body ends")
go.set()
