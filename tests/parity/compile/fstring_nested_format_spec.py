# A format spec containing replacement fields is itself built at run time
def f(x, width, precision):
    return f"{x:{width}.{precision}f} {x:{'>' if width else '<'}{width}}"
