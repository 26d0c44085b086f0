# with inside try/except inside with: handlers and lasti in the exception table
def f():
    with outer():
        try:
            with inner() as i:
                g(i)
        except E:
            pass
