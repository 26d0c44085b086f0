# Swaps where a target is not a simple name: SWAP stays, no STORE_FAST_STORE_FAST
def f(obj, a):
    obj.x, a = a, obj.x
    obj[0], obj[1] = obj[1], obj[0]
