# A lambda containing yield is a generator
f = lambda: (yield)
g = lambda x: (yield from x)
