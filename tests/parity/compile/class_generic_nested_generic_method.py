# A generic method inside a generic class referring to both type parameters
class Box[T]:
    def map[U](self, f: Callable[[T], U]) -> Box[U]:
        return Box(f(self.item))
