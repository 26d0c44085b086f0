# 'and' in value context: COPY, TO_BOOL, POP_JUMP_IF_FALSE, POP_TOP
def f(a, b, c):
    return a and b and c
