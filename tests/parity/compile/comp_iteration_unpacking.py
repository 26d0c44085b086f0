# Comprehension targets with tuple and starred unpacking
def f(pairs):
    a = [k for k, v in pairs]
    b = [rest for first, *rest in pairs]
    return a, b
