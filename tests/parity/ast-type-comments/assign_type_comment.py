x = []  # type: List[int]
