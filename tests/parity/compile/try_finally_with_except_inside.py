# try/finally wrapping a try/except, with a return inside the innermost handler
def f():
    try:
        try:
            return g()
        except E:
            return None
    finally:
        cleanup()
