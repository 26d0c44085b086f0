# A for statement whose target and iterable span lines
def f(data):
    for (a,
         b) in zip(
            data,
            data):
        g(a, b)
