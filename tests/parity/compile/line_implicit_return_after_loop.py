# The implicit return after a while loop: the line of the loop's test, not of its body
def f(n):
    while n:
        n -= 1
