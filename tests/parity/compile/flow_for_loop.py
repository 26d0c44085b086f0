# for loop: GET_ITER, FOR_ITER, END_FOR, POP_TOP
def f(items):
    total = 0
    for item in items:
        total += item
    return total
