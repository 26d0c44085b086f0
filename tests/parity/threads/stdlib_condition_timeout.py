# Condition.wait and wait_for with timeouts that expire, and the errors on an unowned lock.
import threading

c = threading.Condition()
with c:
    print(c.wait(0.01))
    print(c.wait_for(lambda: False, timeout=0.01))
    print(c.wait_for(lambda: 42, timeout=0.01))
for meth in ("wait", "notify", "notify_all"):
    try:
        getattr(c, meth)()
    except RuntimeError as e:
        print(meth, "RuntimeError:", e)

# A waiter whose timeout is long is woken by a notify from another thread.
res = []
flag = []
def notifier():
    with c:
        flag.append(1)
        c.notify()
with c:
    t = threading.Thread(target=notifier)
    t.start()
    res.append(c.wait_for(lambda: flag, timeout=30))
t.join()
print(res)
rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print(rc.wait(0.001))
