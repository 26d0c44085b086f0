# A binary expression spanning lines: each operation's location covers its operands
def f(a, b, c, d):
    return (a
            + b
            * c
            - d)
