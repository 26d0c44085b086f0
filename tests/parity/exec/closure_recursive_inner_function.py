def make():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
f = make()
print(f(10), f.__code__.co_freevars, f.__closure__[0].cell_contents is f)
def fib_memo():
    memo = {}
    def fib(n):
        if n not in memo:
            memo[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(100))
