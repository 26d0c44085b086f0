# notify_all wakes every waiter; notify(n) wakes n of them.
import threading

cond = threading.Condition(threading.Lock())
state = {"go": 0, "waiting": 0}
woke = []

def waiter(name):
    with cond:
        state["waiting"] += 1
        cond.notify_all()
        cond.wait_for(lambda: state["go"] > 0)
        state["go"] -= 1
        woke.append(name)
        cond.notify_all()

ts = [threading.Thread(target=waiter, args=("t%d" % i,)) for i in range(5)]
for t in ts: t.start()
with cond:
    cond.wait_for(lambda: state["waiting"] == 5)
    state["go"] = 2
    cond.notify(2)
with cond:
    cond.wait_for(lambda: len(woke) == 2)
    print("woken first:", len(woke))
    state["go"] = 3
    cond.notify_all()
for t in ts: t.join()
print(sorted(woke), state)
