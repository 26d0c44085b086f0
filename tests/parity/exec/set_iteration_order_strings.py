s = {'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig'}
print(s)
print(sorted(s) == sorted(list(s)))
print(list({'x', 'y', 'z', 'w'}))
print({c for c in 'mississippi'})
print(frozenset('abc'))
