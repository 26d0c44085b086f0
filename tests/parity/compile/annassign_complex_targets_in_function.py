# Annotated attribute and subscript targets in a function: the target is still evaluated, annotation not
def f(obj, seq):
    obj.attr: int = 1
    obj.other: g()
    seq[h()]: str
