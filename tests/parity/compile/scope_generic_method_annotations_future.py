# Stringified annotations in a generic function: the type params are not evaluated in annotations
from __future__ import annotations

def f[T](x: T, *args: T) -> list[T]:
    return [x]
