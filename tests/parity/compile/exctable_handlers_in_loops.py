# Handlers inside nested loops: the depth of each entry counts the iterators on the stack
def f(a, b):
    for x in a:
        for y in b:
            try:
                g(x, y)
            except E:
                continue
