# The 'except ... as e' name is unbound after the handler: a later read is checked
def f():
    try:
        g()
    except E as e:
        pass
    return e
