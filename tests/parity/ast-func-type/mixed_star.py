(int, *a, **k) -> int
