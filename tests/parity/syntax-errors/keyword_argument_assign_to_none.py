f(x, None=1)
