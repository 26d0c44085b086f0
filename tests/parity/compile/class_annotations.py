# Annotations in a class body: SETUP_ANNOTATIONS and stores into __annotations__
class C:
    x: int
    y: str = "a"
    z: list[int] = []
