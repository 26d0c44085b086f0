def show(*a, **k):
    return a, k
print(show(1, *[2, 3], 4, *(5,), x=1, **{'y': 2}, z=3))
print(show(*'abc', **dict.fromkeys('de', 0)))
