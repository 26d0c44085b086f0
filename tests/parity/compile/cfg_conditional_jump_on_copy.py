# Boolean operators in conditions: jumps over COPY/POP_JUMP chains are threaded
def f(a, b, c):
    x = a or b or c
    if a and b and c:
        return x
    return a and (b or c)
