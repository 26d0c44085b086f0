# Function-level free variable also stored in nested scope via nonlocal, then deleted
def outer():
    x = 0
    def inner():
        nonlocal x
        x = 5
        del x
    inner()
    return x
