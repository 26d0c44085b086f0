# while ... else: the else body runs when the condition becomes false
def f(n):
    while n:
        if n == 3:
            break
        n -= 1
    else:
        return "exhausted"
    return "broke"
