(*int, **str) -> None
