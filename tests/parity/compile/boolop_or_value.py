# 'or' in value context: short-circuits with POP_JUMP_IF_TRUE
def f(a, b, c):
    return a or b or c
