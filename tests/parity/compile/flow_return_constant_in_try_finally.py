# return of a constant inside try/finally
def f():
    try:
        return 1
    finally:
        print("done")
