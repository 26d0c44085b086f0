# A chained comparison spread over lines
def f(a, b, c):
    return (a
            < b
            < c)
