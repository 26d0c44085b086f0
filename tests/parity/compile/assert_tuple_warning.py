# assert with a non-empty tuple: always true, the compiler emits a SyntaxWarning
def f(x):
    assert (x, "message")
    assert ()
