# Class and method docstrings
class C:
    """Class doc."""
    def m(self):
        """Method doc."""
        return 1
