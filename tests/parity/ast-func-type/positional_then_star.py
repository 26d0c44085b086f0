(int, str, *List[int]) -> Optional[str]
