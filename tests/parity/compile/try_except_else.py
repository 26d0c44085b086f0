# try/except/else: the else body runs outside the protected range
def f():
    try:
        x = g()
    except Exception:
        x = None
    else:
        h(x)
    return x
