a.b
a.b.c.d.e
a().b
a.b()
a.b().c()
a[0].b
a.b[0]
(a).b
(a + b).c
1 .real
1.0.real
"abc".upper()
b"abc".decode()
[1, 2].copy()
{}.keys()
().count
x.match
x.case
x.type
x._
x.__class__.__name__
super().method()
