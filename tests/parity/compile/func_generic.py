# A generic function: an annotation scope creates T and calls INTRINSIC_SET_FUNCTION_TYPE_PARAMS
def first[T](items: list[T]) -> T:
    return items[0]
