# Annotated private names in a class body are mangled in __annotations__
class C:
    __private: int = 1
    __dunder__: str
