d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), d['b'], d.get('z'), d.get('z', 0), 'a' in d, 1 in d)
del d['b']
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
try:
    del d['missing']
except KeyError as e:
    print('KeyError', e)
