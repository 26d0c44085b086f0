g = (x * x for x in range(5))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in 'a bb ccc'.split()))
print(list((i, j) for i in range(3) for j in 'ab' if i != 1))
