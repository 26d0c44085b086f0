# Positional-only parameters with defaults, keyword-only without defaults
def f(a, b=1, /, c=2, *, d, e=3):
    return a, b, c, d, e
