# A comprehension whose element is another comprehension; both are inlined
def f(matrix):
    return [[c * 2 for c in row] for row in matrix]
