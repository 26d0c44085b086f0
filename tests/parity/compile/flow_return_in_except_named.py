# return inside 'except E as e': the name is cleared and deleted in the unwinding
def f():
    try:
        g()
    except ValueError as e:
        return e.args
