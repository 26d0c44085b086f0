# Fifty short threads, each computing a little and storing its result; all are joined.
import threading

results = [None] * 50
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def work(i):
    results[i] = fib(i % 15)
ts = [threading.Thread(target=work, args=(i,)) for i in range(50)]
for t in ts: t.start()
for t in ts: t.join()
print(results)
print(threading.active_count())
