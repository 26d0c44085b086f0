# return inside try/finally: the value is saved while the finally body runs
def f(x):
    try:
        return g(x)
    finally:
        cleanup()
