# 'x is None' in a condition: LOAD_CONST None; IS_OP; POP_JUMP becomes POP_JUMP_IF_NONE
def f(x, y):
    return 1 if x is None else 2 if y is not None else 3
