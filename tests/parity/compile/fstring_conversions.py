# Conversions !s !r !a: CONVERT_VALUE with the conversion code
def f(x):
    return f"{x!s} {x!r} {x!a}"
