# 'for x in {1, 2, 3}' iterates over a frozenset constant
for x in {3, 1, 2}:
    print(x)
for y in {"b", "a"}:
    print(y)
