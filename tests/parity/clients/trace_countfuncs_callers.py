# trace.Trace(countfuncs=1) and (countcallers=1): which functions ran, who called whom.
import trace


def a():
    b()
    c()


def b():
    c()


def c():
    pass


t = trace.Trace(count=0, trace=0, countfuncs=1)
t.runfunc(a)
print(sorted((f[1], f[2]) for f in t.results().calledfuncs))
t = trace.Trace(count=0, trace=0, countcallers=1)
t.runfunc(a)
print(sorted(((x[1], x[2]), (y[1], y[2])) for x, y in t.results().callers))
