# Constant slices are not constants in 3.13: BUILD_SLICE or BINARY_SLICE is emitted
def f(s):
    return s[1:2], s[::], s[None:None], s[...], s[1:2:3]
