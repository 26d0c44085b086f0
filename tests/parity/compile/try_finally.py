# try/finally: the finally body compiled for the normal path and the exceptional path
def f():
    try:
        g()
    finally:
        h()
