# with statement: BEFORE_WITH, the handler with WITH_EXCEPT_START, exit call on the normal path
def f():
    with ctx():
        g()
