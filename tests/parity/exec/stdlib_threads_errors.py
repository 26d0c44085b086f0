# _thread and threading errors, with CPython's messages.
import _thread, threading

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

lock = _thread.allocate_lock()
show(lock.acquire, False, 1)
show(lock.acquire, True, -2)
show(lock.release)
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked(), repr(lock).split(" at ")[0])
with lock:
    print("in with", lock.locked())
print(type(lock) is _thread.LockType, _thread.error is RuntimeError, threading.ThreadError is RuntimeError)

r = _thread.RLock()
show(r.release)
show(r._release_save)
print(r._recursion_count(), r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
state = r._release_save()
print(state[0], r._recursion_count(), r._is_owned())
r._acquire_restore(state)
print(r._recursion_count())
r.release(); r.release()

show(_thread.start_new_thread, 1, ())
show(_thread.start_new_thread, print, [])
show(_thread.start_new_thread, print, (), [])
show(_thread.start_joinable_thread, 1)
show(_thread.start_joinable_thread, print, handle=1)
h = _thread._ThreadHandle()
print(repr(h), h.ident, h.is_done())
show(h.join)
show(_thread.stack_size, -1)
show(_thread.stack_size, 100)
print(_thread.stack_size(1 << 20), _thread.stack_size(0))
print(_thread.TIMEOUT_MAX > 1e6, _thread.daemon_threads_allowed(), _thread._is_main_interpreter())

t = threading.Thread(target=int)
show(t.join)
t.start()
show(t.start)
t.join()
show(threading.current_thread().join)
def selfjoin():
    show(threading.current_thread().join)
t = threading.Thread(target=selfjoin)
t.start()
t.join()
class L(threading.local):
    pass
show(threading.local, 1)
