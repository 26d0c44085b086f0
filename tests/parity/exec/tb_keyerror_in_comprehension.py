counts = {'a': 1, 'b': 2}
keys = ['a', 'b', 'c']
print({k: counts[k] * 2 for k in keys})
