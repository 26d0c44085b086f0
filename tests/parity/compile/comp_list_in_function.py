# PEP 709: a list comprehension in a function is inlined (LOAD_FAST_AND_CLEAR, SWAP, STORE_FAST restore)
def f(items):
    return [x * 2 for x in items]
