# A comprehension inside a nested function captures an outer variable
def outer(factor):
    def inner(items):
        return [i * factor for i in items]
    return inner
