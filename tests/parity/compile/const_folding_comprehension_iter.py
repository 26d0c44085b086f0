# The iterable of a comprehension's for clause is folded like a for statement's
def f():
    a = [x for x in [1, 2, 3]]
    b = {y for y in {4, 5, 6}}
    c = [z for z in range(3) if z in [1, 2]]
    return a, b, c
