# Shutdown order: the main module ends, non-daemon threads are joined, then atexit runs;
# a daemon thread that is still sleeping never prints again.
import threading, atexit, time

atexit.register(lambda: print("atexit runs after the non-daemon threads"))
started = threading.Event()

def late():
    started.set()
    time.sleep(0.2)
    print("non-daemon thread finishes")

def forever():
    time.sleep(30)
    print("daemon must not print")

threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late).start()
started.wait()
print("main module ends")
