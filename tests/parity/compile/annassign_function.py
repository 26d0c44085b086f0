# Annotations in a function are not evaluated; only the assignment is compiled
def f():
    x: int
    y: str = "s"
    z: undefined_name[thing] = 3
    return y
