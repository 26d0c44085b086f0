a = {'a': 1, 'b': 2}
b = {'b': 2, 'a': 1}
print(a == b, list(a) == list(b), a != {'a': 1})
a['self'] = a
print(a)
l = [1]
l.append(l)
print(l, str(l))
