(int, str) -> None
