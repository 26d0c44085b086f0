# Several starred and plain positional arguments: a list is built and converted to a tuple
f(1, *a, 2, *b)
f(*a, *b)
f(1, 2, *a)
