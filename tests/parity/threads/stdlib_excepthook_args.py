# threading.ExceptHookArgs and threading.__excepthook__ called directly, printing to a replaced stderr.
import io
import sys
import threading

def raiser():
    raise OSError(2, "no such thing")

caught = []
threading.excepthook = lambda args: caught.append(args)
t = threading.Thread(target=raiser, name="oserr")
t.start(); t.join()
args = caught[0]
print(args.exc_type, args.exc_value.errno, args.thread is t, len(args))
buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
try:
    threading.__excepthook__(args)
finally:
    sys.stderr = old
text = buf.getvalue()
print(text.splitlines()[0])
print(text.splitlines()[-1])
