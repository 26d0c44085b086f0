d = {}
for k in ['zeta', 'alpha', 'mid', 3, 1.5, (1, 2)]:
    d[k] = str(k)
print(d)
del d['alpha']
d['alpha'] = 'again'
print(list(d))
d['zeta'] = 'updated'
print(list(d.items())[0])
