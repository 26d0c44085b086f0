# Parenthesised multi-line with items
def f():
    with (
        open("a") as fa,
        open("b") as fb,
    ):
        return fa.read() + fb.read()
