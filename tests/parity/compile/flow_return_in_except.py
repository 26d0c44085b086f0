# return inside an except block: POP_EXCEPT before returning
def f():
    try:
        g()
    except ValueError:
        return 1
