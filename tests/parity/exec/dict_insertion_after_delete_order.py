d = dict.fromkeys('abcdef')
for k in 'bdf':
    del d[k]
d['b'] = 'back'
d.update(a='updated', z='new')
print(list(d.items()))
print(next(iter(d)), next(reversed(d)), list(reversed(d.items()))[:2])
