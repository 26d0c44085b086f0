# 'is None' / 'is not None' in conditions become POP_JUMP_IF_NONE / POP_JUMP_IF_NOT_NONE
def f(x, y):
    if x is None:
        return 1
    if y is not None:
        return 2
    if None is x:
        return 3
    while x is not None:
        x = x.next
