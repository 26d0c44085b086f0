# a = b = c: the value is duplicated with COPY for each target
a = b = c = 0
x = y.attr = z[0] = f()

def g():
    p = q = []
    return p, q
