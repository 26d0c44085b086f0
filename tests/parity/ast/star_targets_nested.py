[a, *b], (c, *d) = x
(a, [b, (c, *d)]) = x
[[a]] = x
((a,),) = x
a, [b, *c], d = x
*a, (b, c) = x
for [a, *b], c in x: pass
[a.b, *c[0]] = x
[*a.b] = x
(a.b, c[d], *e.f) = x
x = [a, *b], (c, *d) = y
