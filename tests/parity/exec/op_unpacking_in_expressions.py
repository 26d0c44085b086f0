a = [1, 2]
b = {'x': 1}
print([*a, *'cd', *range(2)], (*a,), {*a, 3})
print({**b, 'y': 2, **{'x': 9}})
print(*a, sep='-')
first, *rest = 'hello'
*init, last = [1]
print(first, rest, init, last)
(a1, b1), c1 = (1, 2), 3
print(a1, b1, c1)
