# Repeated constants in one code object are stored once; equal-but-different-type ones separately
def f():
    return (1, 1, 1.0, "a", "a", (1, 2), (1, 2), b"a")
