# Every binary operator's BINARY_OP oparg, and unary operators
def f(x, y):
    return (x + y, x - y, x * y, x @ y, x / y, x // y, x % y, x ** y,
            x << y, x >> y, x & y, x ^ y, x | y, -x, +x, ~x, not x)
