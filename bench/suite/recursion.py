# Recursive calls: a Python frame per call, small-int arithmetic and comparisons.
# fib (doubly recursive), tak (three arguments, deep), and a recursive tree sum.
N = 250
SMOKE_N = 1


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def build(depth):
    if depth == 0:
        return None
    return (depth, build(depth - 1), build(depth - 1))


def tree_sum(node):
    if node is None:
        return 0
    value, left, right = node
    return value + tree_sum(left) + tree_sum(right)


def main(n):
    total = 0
    for i in range(n):
        total += fib(18 + i % 3)
        total += tak(12, 8, 4 + i % 2)
        total += tree_sum(build(9))
    return total


if __name__ == "__main__":
    print(main(N))
