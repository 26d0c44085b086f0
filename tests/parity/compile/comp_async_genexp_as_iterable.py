# An async generator expression used as the iterable of a sync comprehension at module level
r = [x for x in (y async for y in z)]
