# and/or with constant operands are not folded by the AST optimiser, but jumps get simplified
a = 1 and x
b = 0 or y
c = None or 2
def f():
    if 1 and x:
        return 1
