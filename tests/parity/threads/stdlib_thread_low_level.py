# The _thread module under threading: start_new_thread, allocate_lock, locks as completion signals.
import _thread
import threading

done = _thread.allocate_lock()
done.acquire()
out = []
def work(a, b=0):
    out.append(a + b)
    done.release()
_thread.start_new_thread(work, (1,), {"b": 2})
done.acquire()
print(out, type(done).__name__, _thread.LockType is type(done))
print(_thread.TIMEOUT_MAX > 0, isinstance(_thread.get_ident(), int))
try:
    _thread.start_new_thread(work, [1])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(1, ())
except TypeError as e:
    print("TypeError:", e)
print(_thread.error is RuntimeError, threading.ThreadError is RuntimeError)
print(_thread.daemon_threads_allowed())
