# A generic function: type parameters live in an annotation scope wrapping the function
def identity[T](x: T) -> T:
    return x
