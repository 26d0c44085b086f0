# 'except E as e': the name is bound, then set to None and deleted in a finally-like cleanup
def f():
    try:
        g()
    except ValueError as e:
        h(e)
    return 1
