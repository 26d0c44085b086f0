# threading.excepthook replaced: it receives the exception's type, value, traceback and thread.
import threading

got = []
def hook(args):
    got.append((args.exc_type.__name__, str(args.exc_value), args.exc_traceback is not None,
                args.thread.name, type(args).__name__))

threading.excepthook = hook
def fail(kind):
    raise kind("from " + threading.current_thread().name)
for i, kind in enumerate((ValueError, KeyError, RuntimeError)):
    t = threading.Thread(target=fail, args=(kind,), name="f%d" % i)
    t.start(); t.join()
for g in sorted(got):
    print(g)
print(threading.__excepthook__ is not hook, threading.excepthook is hook)
