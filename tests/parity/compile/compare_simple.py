# Comparison operators: COMPARE_OP (with the bool bit in jump context), IS_OP, CONTAINS_OP
def f(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b,
            a is b, a is not b, a in b, a not in b)
