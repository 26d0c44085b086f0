# continue inside try/finally
def f(items):
    for x in items:
        try:
            if x:
                continue
            g(x)
        finally:
            cleanup()
