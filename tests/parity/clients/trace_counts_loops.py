# trace.Trace line counts: for/while loops, break/continue, try/except/finally, with.
import trace
import contextlib


@contextlib.contextmanager
def ctx():
    yield 1


def loops(n):
    total = 0
    i = 0
    while True:
        i += 1
        if i > n:
            break
        if i % 2:
            continue
        total += i
    for j in range(3):
        try:
            if j == 1:
                raise ValueError
            total += j
        except ValueError:
            total -= 1
        finally:
            total += 10
    with ctx() as c:
        total += c
    return total


t = trace.Trace(count=1, trace=0)
print(t.runfunc(loops, 5))
for (filename, line), n in sorted(t.results().counts.items()):
    if filename == __file__:
        print(line, n)
