# assert: POP_JUMP_IF_TRUE past LOAD_ASSERTION_ERROR + RAISE_VARARGS
def f(x):
    assert x
    assert x > 0, "x must be positive"
    assert isinstance(x, int), f"got {x!r}"
