cases = [
    lambda: 1 + 'a', lambda: 'a' - 1, lambda: [] * [], lambda: {} | [], lambda: 1 @ 2,
    lambda: None + None, lambda: 'a' ** 2, lambda: 3 / 'x', lambda: 2 << 1.0, lambda: ~1.5,
    lambda: -'x', lambda: +[], lambda: (1,) + [2],
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
