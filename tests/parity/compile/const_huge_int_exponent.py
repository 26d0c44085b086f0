# Integer results that would be too large are not folded (the AST optimiser's size limits)
a = 2 ** 64
b = 2 ** 10000
c = 10 ** 1000
d = (1 << 100)
e = 1 << 100000
