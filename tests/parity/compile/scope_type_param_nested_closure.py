# Type parameters used by a nested function become free variables of it
def outer[T]():
    def inner() -> T:
        return T
    return inner
