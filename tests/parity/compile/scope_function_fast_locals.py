# Function locals become fast locals: LOAD_FAST / STORE_FAST, superinstructions for pairs
def f(a, b):
    c = a + b
    d = c * a
    return c, d
