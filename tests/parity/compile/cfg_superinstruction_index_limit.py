# Superinstructions need both local indexes below 16: locals past 16 stay separate
def f(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17):
    x = a0 + a1
    y = a15 + a16
    z = a16 + a17
    w = a0 + a17
    return x, y, z, w
