# A class attribute that is an instance of a class of the program becomes a descriptor (or stops
# being one) when that class gains or loses __get__/__set__, after the attribute caches saw it.
class D: pass
class C: x = D()
o = C(); o.__dict__['x'] = 'inst'
print(o.x)
D.__get__ = lambda self, i, t: 'dget'
D.__set__ = lambda self, i, v: print('dset', v)
print(o.x)
o.x = 5
print(o.__dict__)
del D.__set__
print(o.x)
del D.__get__
print(o.x)
class E:
    def __get__(self, i, t): return 'eget'
class K: y = E()
k = K()
for _ in range(3000): r = k.y
print(r)
E.__set__ = lambda self, i, v: print('eset', v)
k.__dict__['y'] = 'own'
for _ in range(3000): r = k.y
print(r)
del E.__set__
for _ in range(3000): r = k.y
print(r)
k.y = 'stored'
print(k.__dict__, k.y)
