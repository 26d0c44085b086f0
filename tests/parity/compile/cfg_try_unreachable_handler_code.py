# Code after a return in a try body, and a handler that always raises
def f():
    try:
        return 1
        dead()
    except E:
        raise
        dead()
