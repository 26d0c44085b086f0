# A small program for the profilers' command lines: recursion, a class, builtins, a generator.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


def main():
    s = Stack()
    for v in evens(8):
        s.push(fib(v))
    total = 0
    while s.items:
        total += s.pop()
    return sorted([total, len("abc"), max(3, 4)])


main()
