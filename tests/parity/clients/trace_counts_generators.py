# trace.Trace line counts through generators, comprehensions and lambdas.
import trace


def gen(n):
    for i in range(n):
        yield i * 2


def run():
    squares = [x * x for x in gen(3)]
    f = lambda v: v + 1
    return sum(map(f, squares)), {k: v for k, v in zip("ab", gen(2))}


t = trace.Trace(count=1, trace=0)
print(t.runfunc(run))
for (filename, line), n in sorted(t.results().counts.items()):
    if filename == __file__:
        print(line, n)
