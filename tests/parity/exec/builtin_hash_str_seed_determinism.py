words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
print(set(words))
print({w: len(w) for w in set(words)})
print(sorted(set(words)) == sorted(words))
print(hash('abc') == hash('abc'))
