# Several paths falling off the end: the RETURN_CONST None exit block is duplicated per line
def f(x):
    if x:
        g()
    else:
        h()
