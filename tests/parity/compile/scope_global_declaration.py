# 'global' in a function: STORE_GLOBAL / LOAD_GLOBAL / DELETE_GLOBAL instead of fast locals
counter = 0

def bump():
    global counter, cache
    counter = counter + 1
    cache = {}
    del cache
    return counter
