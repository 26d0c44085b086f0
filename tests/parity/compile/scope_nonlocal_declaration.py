# 'nonlocal' makes the outer local a cell: MAKE_CELL, STORE_DEREF / LOAD_DEREF, COPY_FREE_VARS
def outer():
    n = 0
    def inner():
        nonlocal n
        n += 1
        return n
    return inner
