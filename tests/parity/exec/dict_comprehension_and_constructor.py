print({k: v for k, v in zip('abc', range(3))})
print(dict([(1, 2), (3, 4)]), dict(zip('xy', 'XY')), dict({'a': 1}, b=2), dict())
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    dict([1])
except TypeError as e:
    print(e)
print({k: k * 2 for k in range(5) if k % 2})
