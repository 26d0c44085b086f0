x = b"abc" f"{d}"
