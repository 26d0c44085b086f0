# A module with only a docstring: the code stores __doc__ and returns None
"""Only a docstring."""
