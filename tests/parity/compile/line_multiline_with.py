# A with statement whose items span lines; the exit call is located at the with statement
def f():
    with a(
    ) as x, b(
    ) as y:
        return x, y
