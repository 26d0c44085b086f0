# del of a cell variable compiles to DELETE_DEREF
def outer():
    x = 1
    def inner():
        return x
    del x
    return inner
