# A subscript whose index is on another line
def f(x):
    return x[
        1
    ][
        2
    ]
