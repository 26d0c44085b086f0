() -> int
