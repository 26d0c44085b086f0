"""Module docstring before the future import."""
from __future__ import annotations
from __future__ import (division, generator_stop)

def f(x: SomeClass) -> list[Other]:
    y: Undefined = x
    return y
