# trace.Trace(count=1, trace=0).runfunc: line counts of this file's functions.
import trace


def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    else:
        return "pos"


def run():
    return [classify(i) for i in range(-2, 3)]


t = trace.Trace(count=1, trace=0)
print(t.runfunc(run))
counts = t.results().counts
for (filename, line), n in sorted(counts.items()):
    if filename == __file__:
        print(line, n)
