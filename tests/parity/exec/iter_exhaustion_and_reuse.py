it = iter([1, 2, 3])
print(list(it), list(it))
r = range(3)
print(list(r), list(r))
d = {'a': 1}
di = iter(d)
print(next(di))
try:
    next(di)
except StopIteration:
    print('stop')
print(next(iter([]), 'default'))
