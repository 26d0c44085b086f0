# A type alias inside a function referencing a local (closure)
def f():
    Base = int
    type A = list[Base]
    return A
