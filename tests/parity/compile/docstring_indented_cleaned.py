# 3.13 strips the common leading indentation of docstrings at compile time
def f():
    """First line.

        Indented more.
    Back to base.
    """

class C:
    """
    Leading blank line.
      Two spaces more.
    """
