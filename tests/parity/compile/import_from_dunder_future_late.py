# A __future__ import after a docstring and comments is still at the beginning
# comment
"""doc"""
# another comment
from __future__ import annotations
x: int = 1
