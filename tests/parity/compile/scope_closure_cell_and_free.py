# A local read by a nested function becomes a cell; the nested function sees it as free
def outer(a):
    b = a * 2
    def inner(c):
        return a + b + c
    return inner
