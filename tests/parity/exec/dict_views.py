d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
d['d'] = 4
print(k, v, i, len(k))
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'q'}, i & {('a', 1)})
print('a' in k, 1 in v, ('b', 2) in i, ('b', 3) in i, list(reversed(k)))
print(k == {'a', 'b', 'c', 'd'}, k.isdisjoint({'x'}), sorted(v))
