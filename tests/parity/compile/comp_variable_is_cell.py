# A comprehension variable captured by a lambda in the element: cell inside the inlined comprehension
def f(items):
    return [lambda: x for x in items]
