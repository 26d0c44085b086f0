# A class body can rebind a name that is also a type parameter of the class
class C[T]:
    T = int
    x = T
