# A function referring to its own name loads it as a global
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
