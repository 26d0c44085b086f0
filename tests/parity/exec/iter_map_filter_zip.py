print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, '', 'a'])))
print(list(filter(lambda x: x > 1, range(4))), list(zip()), list(zip('ab', 'xyz', [1, 2, 3])))
try:
    list(zip('ab', 'xyz', strict=True))
except ValueError as e:
    print(e)
print(list(reversed([1, 2, 3])), list(reversed('ab')), list(enumerate('xy')))
