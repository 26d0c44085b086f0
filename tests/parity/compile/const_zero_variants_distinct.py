# Constants that compare equal but differ in type or sign are kept apart in co_consts
def f():
    return (0, 0.0, -0.0, False, 0j, -0j), (1, 1.0, True, 1 + 0j)
