# A loop inside a finally body (the finally body is compiled twice: normal and exceptional)
def f():
    try:
        g()
    finally:
        for i in range(3):
            h(i)
