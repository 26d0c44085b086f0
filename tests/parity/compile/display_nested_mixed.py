# Nested displays of every kind
data = [{"a": (1, 2)}, {x, y}, ([], {}), [[1, 2, 3], (4, 5, 6)]]
