# Compiler error: a __future__ import inside a function is not at the beginning of the file
def f():
    from __future__ import annotations
