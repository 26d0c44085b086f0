(*a, **k) -> int
