# A Condition guarding a list: one producer, three consumers, wait_for and notify.
import threading

cond = threading.Condition()
items = []
done = [False]
got = {}

def consumer(name):
    mine = []
    while True:
        with cond:
            cond.wait_for(lambda: items or done[0])
            if not items:
                break
            mine.append(items.pop(0))
    got[name] = mine

cs = [threading.Thread(target=consumer, args=("c%d" % i,)) for i in range(3)]
for t in cs: t.start()
for i in range(30):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    done[0] = True
    cond.notify_all()
for t in cs: t.join()
print(sorted(x for v in got.values() for x in v) == list(range(30)))
print(sorted(got))
print(items)
