# A module docstring: stored in __doc__ with STORE_NAME (comments before it do not matter)
"""The module docstring."""
x = 1
