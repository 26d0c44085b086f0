# Docstring using mixed tabs and spaces in its continuation lines
def f():
    """Summary.

	Tab line.
        Eight spaces.
    """
