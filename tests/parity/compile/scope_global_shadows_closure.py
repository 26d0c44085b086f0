# An inner function that declares a name global ignores the enclosing function's binding
def outer():
    x = 1
    def inner():
        global x
        return x
    return inner
