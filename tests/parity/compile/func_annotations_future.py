# With 'from __future__ import annotations' function annotations become strings
from __future__ import annotations

def f(a: list[int], b: Dict[str, int] = None) -> Optional[C]:
    return a
