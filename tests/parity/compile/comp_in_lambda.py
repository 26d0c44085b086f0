# A comprehension inside a lambda body
f = lambda xs: [x for x in xs if x]
