# Subclasses of Thread override run; args and kwargs reach the target; the result is kept on the object.
import threading

class Summer(threading.Thread):
    def __init__(self, numbers):
        super().__init__(name="summer-%d" % len(numbers))
        self.numbers = numbers
        self.result = None
    def run(self):
        self.result = sum(self.numbers)

ss = [Summer(list(range(n))) for n in (10, 100, 1000)]
for s in ss: s.start()
for s in ss: s.join()
print([(s.name, s.result) for s in ss])

out = []
def target(a, b, *, c):
    out.append((a, b, c, threading.current_thread().name))
t = threading.Thread(target=target, args=(1, 2), kwargs={"c": 3}, name="kw")
t.start(); t.join()
print(out)

class NoInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)
