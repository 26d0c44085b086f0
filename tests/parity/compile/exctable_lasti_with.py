# The with-statement cleanup handler pushes lasti ('L' flag in the exception table)
def f():
    with a:
        with b:
            g()
