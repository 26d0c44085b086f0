a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = [1, 2]
i = 0
i, x[i] = 1, 99
print(i, x)
d = {'k': 5}
d['k'] += 1
d['n'] = d.get('n', 0) + 1
print(d)
class O: v = 1
o = O()
o.v += 10
print(o.v, O.v)
