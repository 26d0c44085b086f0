# A call spread over lines: argument loads carry their own lines, CALL gets the call's start line
def f():
    return g(
        a,
        b + 1,
        key=c,
    )
