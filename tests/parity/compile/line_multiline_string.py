# A triple-quoted string spanning lines used as a value and an argument
def f():
    x = """one
two
three"""
    g("""a
b""", x)
    return x
