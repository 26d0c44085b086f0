# while condition with boolean operators and comparisons
def f(a, b):
    while a < 10 and (b or a % 2):
        a += 1
    return a
