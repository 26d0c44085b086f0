del (a, [b, f()])
