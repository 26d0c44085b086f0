(**Dict[str, int]) -> None
