# Conversion plus a nested format spec with its own conversion
def f(x, spec):
    return f"{x!r:{spec!s}}"
