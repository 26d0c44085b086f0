# yield of a tuple with a starred element, and yield of a conditional expression
def gen(a, b):
    yield *a, b
    yield a if b else None
