# SystemExit in a thread ends only that thread, silently; an excepthook that raises is reported.
import sys
import threading

def quit_():
    sys.exit(3)
t = threading.Thread(target=quit_)
t.start(); t.join()
print("still here")

def bad_hook(args):
    raise TypeError("hook failed")
threading.excepthook = bad_hook
t = threading.Thread(target=lambda: 1 / 0, name="zero")
t.start(); t.join()
print("after bad hook")
