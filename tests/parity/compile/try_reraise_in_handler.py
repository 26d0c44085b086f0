# A bare 'raise' inside a handler re-raises the current exception
def f():
    try:
        g()
    except ValueError:
        log()
        raise
