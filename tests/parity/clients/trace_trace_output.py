# trace.Trace(trace=1, count=0).runctx: the "--- modulename" and source lines it prints.
import trace


def helper(x):
    return x + 1


t = trace.Trace(trace=1, count=0)
t.runctx("y = helper(1)\nz = helper(y)", globals(), globals())
print(y, z)
