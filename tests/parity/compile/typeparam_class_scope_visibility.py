# Bounds and defaults of a method's type params can see class-level names via __classdict__
class C:
    Bound = int
    def m[T: Bound = Bound](self, x: T) -> T:
        return x
