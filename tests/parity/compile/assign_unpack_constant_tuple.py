# Unpacking a constant tuple: the constant is loaded and UNPACK_SEQUENCE applied
a, b, c = 1, 2, 3
def f():
    x, y = "ab"
    return x, y
