# Annotation parameter names are mangled inside a class
class C:
    def m(self, __x: int, *, __y: str) -> None:
        pass
