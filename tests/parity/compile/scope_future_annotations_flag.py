# 'from __future__ import annotations' sets CO_FUTURE_ANNOTATIONS on every code object
from __future__ import annotations

def f(x: int) -> str:
    def g(y: list[int]):
        return y
    return g

class C:
    attr: dict[str, int]
