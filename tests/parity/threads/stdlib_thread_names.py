# Thread names: the default numbering with the target's name, explicit names, renaming, repr parts.
import threading

def job(): pass
class Runner:
    def __call__(self): pass

ts = [threading.Thread(target=job), threading.Thread(target=Runner()), threading.Thread(),
      threading.Thread(target=job, name="explicit"), threading.Thread(target=lambda: None)]
for t in ts:
    print(t.name)
ts[0].name = "renamed"
print(ts[0].getName(), ts[2].name)
ts[2].setName("set-name")
print(ts[2].name)
print(repr(ts[3]).startswith("<Thread(explicit, initial)>"))
for t in ts: t.start()
for t in ts: t.join()
print(repr(ts[3]).startswith("<Thread(explicit, stopped "))
print(repr(threading.main_thread()).startswith("<_MainThread(MainThread, started "))
