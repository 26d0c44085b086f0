# An exception name captured by a nested function becomes a cell (DELETE_DEREF at the end of the handler)
def f():
    try:
        g()
    except Exception as e:
        return lambda: e
