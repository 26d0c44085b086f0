# Generator-based coroutines (send) wired into a broadcast pipeline: grep, count, collect.

def coroutine(fn):
    def start(*args, **kw):
        c = fn(*args, **kw)
        next(c)
        return c
    start.__name__ = fn.__name__
    return start

@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        target.close()

@coroutine
def upper(target):
    try:
        while True:
            target.send((yield).upper())
    except GeneratorExit:
        target.close()

@coroutine
def counter(name, results):
    n = 0
    try:
        while True:
            yield
            n += 1
    finally:
        results[name] = n

@coroutine
def collect(out):
    while True:
        out.append((yield))

@coroutine
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()

@coroutine
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count

results, errors, pythons = {}, [], []
pipe = broadcast([grep('ERROR', collect(errors)), grep('python', upper(collect(pythons))),
                  counter('all', results), grep('warn', counter('warns', results))])
TEXT = '''INFO start python service
ERROR disk full
warn low memory
INFO python gc ran
ERROR python crashed
warn warn twice'''
for line in TEXT.splitlines():
    pipe.send(line)
pipe.close()
print(errors)
print(pythons)
print(sorted(results.items()))
a = averager()
print([a.send(v) for v in (10, 20, 60)])
try:
    a.send(None)
except StopIteration as e:
    print('averager finished', e.value)
