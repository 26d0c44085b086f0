# The first iterable is evaluated in the enclosing scope (GET_ITER before the comprehension)
def f(data):
    return (x for x in data.items()), [y for y in data.keys() for z in y]
