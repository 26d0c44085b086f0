# A generic method inside a class: qualname and __classdict__ handling
class Box:
    def map[U](self, fn: Callable[[T], U]) -> "Box[U]":
        return Box(fn(self.value))
