print(any([]), all([]), any([0, '', 1]), all([1, 'a', []]), any(x > 2 for x in range(4)))
print(sum([1, 2, 3]), sum([[1], [2]], []), sum((0.1,) * 10), sum(range(101), 1000), sum([], 5))
print(max([3, 1, 2]), max(3, 9, 2), max('abc', key=ord), max([], default='empty'), min([(2, 'b'), (1, 'z')]))
print(max([1, 5, 3], key=lambda x: -x), min('hello'), max({1: 'a', 9: 'b'}))
for f in (lambda: max([]), lambda: min(), lambda: sum(['a', 'b'], '')):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
