# Module annotations with 'from __future__ import annotations' are stored as strings
from __future__ import annotations
x: list[int] = []
y: Dict[str, "int"]
obj.a: int = 1
