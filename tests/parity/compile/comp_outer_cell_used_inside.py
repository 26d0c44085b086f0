# An inlined comprehension reading an outer variable that is also a cell
def f(n):
    g = lambda: n
    return [n + i for i in range(3)], g
