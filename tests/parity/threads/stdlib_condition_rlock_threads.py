# A Condition on an RLock, waited on with the lock taken twice: wait releases it fully and restores it.
import threading

cond = threading.Condition(threading.RLock())
box = []
def producer():
    with cond:
        box.append("item")
        cond.notify()
res = []
with cond:
    with cond:
        t = threading.Thread(target=producer)
        t.start()
        res.append(cond.wait_for(lambda: box, timeout=30))
        res.append(cond._is_owned())
    res.append(cond._is_owned())
res.append(cond._is_owned())
t.join()
print(res, box)
