d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
d2 = {(1, 2): 'tuple', frozenset({1}): 'fs', None: 'none', 'x': 'str', -1: 'neg', -2: 'neg2'}
print(d2[(1, 2)], d2[frozenset([1])], d2[None], d2[-1], d2[-2])
print({0: 'a', 0.0: 'b', -0.0: 'c', False: 'd'})
