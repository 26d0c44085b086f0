"""Module docstring."""
def f():
    """Function docstring."""
    return 1
class C:
    """Class docstring.

    More lines.
    """
    def m(self):
        '''Method docstring.'''
async def g():
    "Async docstring"
    r"Second string is just an expression"
b"not a docstring"
