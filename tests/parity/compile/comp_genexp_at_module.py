# A generator expression at module level, and one passed directly to a call
g = (x for x in items if x)
total = sum(y * y for y in range(10))
