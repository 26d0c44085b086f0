type Vec = list[float]
print(Vec, Vec.__value__, type(Vec).__name__)
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([9, 8]), first.__type_params__)
class Box[T]:
    def __init__(self, v: T):
        self.v = v
print(Box(3).v, Box.__type_params__, Box[int])
