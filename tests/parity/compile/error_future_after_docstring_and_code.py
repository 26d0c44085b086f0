# Compiler error: a __future__ import after a docstring and another statement
"""doc"""
x = 1
from __future__ import division
