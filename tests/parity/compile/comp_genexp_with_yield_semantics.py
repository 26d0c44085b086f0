# Generator expression whose element is itself a conditional expression and a call
def f(xs):
    return list(g(x) if x else h(x) for x in xs)
