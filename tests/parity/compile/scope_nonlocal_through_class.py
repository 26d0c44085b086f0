# nonlocal skips the class scope and binds to the enclosing function
def outer():
    v = 1
    class C:
        v = 2
        def m(self):
            nonlocal v
            v = 3
    return C
