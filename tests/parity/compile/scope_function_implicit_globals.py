# Names never assigned in a function compile to LOAD_GLOBAL (with and without the NULL bit)
def f():
    x = len(items)
    return print(x, items, other)
