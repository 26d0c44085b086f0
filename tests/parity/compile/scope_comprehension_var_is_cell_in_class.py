# A class-body comprehension whose element creates a closure over the iteration variable
class C:
    fns = [lambda: i for i in range(3)]
