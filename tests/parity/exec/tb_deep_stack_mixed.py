def f(n):
    if n == 0:
        return {}['x']
    return g(n - 1)

def g(n):
    return f(n)

f(3)
