# ast.parse accepts a late future import (the compiler rejects it); no feature is read from it
x = 1
from __future__ import annotations
def f(a: 1 + 1): pass
