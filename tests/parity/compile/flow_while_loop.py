# while loop with a condition: test at the bottom after the first entry, JUMP_BACKWARD
def f(n):
    while n > 0:
        n -= 1
    return n
