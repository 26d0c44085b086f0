# Duplicate constant keys in a dict display are kept (no folding at compile time)
d = {"a": 1, "a": 2, "b": 3}
e = {1: "x", 1.0: "y", True: "z"}
