# A generic method in a class body: the type-param scope can see the class via __classdict__
class C:
    T = int
    def m[U](self, x: T) -> U:
        return x
