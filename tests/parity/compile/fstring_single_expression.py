# An f-string with one expression and no literal text compiles to FORMAT_SIMPLE only
def f(x):
    return f"{x}"
