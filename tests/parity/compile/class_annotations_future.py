# Class annotations with 'from __future__ import annotations': stored as strings
from __future__ import annotations

class C:
    x: list[int]
    y: "already a string" = 1
