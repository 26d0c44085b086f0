# A class docstring is stored as __doc__ in the class body
class C:
    """The docstring."""
    x = 1
