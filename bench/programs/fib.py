# Recursive calls: a Python frame per call, small-int arithmetic, comparisons.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

# fib(27) takes about 0.1 s in CPython 3.13: run it 15 times.
for _ in range(15):
    r = fib(27)
print(r)
