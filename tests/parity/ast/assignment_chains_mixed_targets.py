a = b.c = d[0] = e, f = g
x = [y, *z] = w
p.q = r[s] = (t, u) = v = 1, 2
m = n = yield_ = o
a = b = c = d = e = f = g = h = 0
a, b = c, d = e, f
(a, b), c = d = ((1, 2), 3)
