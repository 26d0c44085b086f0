with open(p) as f:  # type: IO[str]
    pass
