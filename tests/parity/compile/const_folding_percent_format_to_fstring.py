# In 3.13 simple '%s %r %a' formatting with a tuple is rewritten as an f-string by the optimiser
def f(a, b, c):
    x = "%s and %r and %a" % (a, b, c)
    y = "%d%%" % (a,)
    z = "%-10s|%5.2f" % (a, b)
    return x, y, z
