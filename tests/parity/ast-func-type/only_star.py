(*Tuple[int, ...]) -> None
