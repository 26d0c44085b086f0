[x for a, b, c]
