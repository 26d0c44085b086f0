# A docstring with escapes, non-ASCII text and a raw string
def f():
    r"""Raw \n docstring with ünïcode and \t."""

def g():
    "Line\twith\ttabs\nand a newline"
