# Symtable error: yield expression cannot be used within an annotation (with stringified annotations)
from __future__ import annotations
def f():
    def g(x: (yield)):
        pass
