# A generic class inside a function using a function local as a bound
def f():
    Base = object
    class Box[T: Base]:
        value: T
    return Box
