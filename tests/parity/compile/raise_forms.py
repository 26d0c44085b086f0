# raise: bare, with an exception, with 'from' (RAISE_VARARGS 0/1/2)
def f(x):
    if x == 1:
        raise
    if x == 2:
        raise ValueError("bad")
    if x == 3:
        raise ValueError from None
    raise TypeError() from x
