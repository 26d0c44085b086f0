# An uncaught exception in a thread: the default threading.excepthook prints it to stderr; the program goes on.
import threading

def boom(x):
    return 1 / x

t = threading.Thread(target=boom, args=(0,), name="boomer")
t.start()
t.join()
print("main continues", t.is_alive())
