import x  # type: ignore
y = 1  # type: ignore[attr-defined]
