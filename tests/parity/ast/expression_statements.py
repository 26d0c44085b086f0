x
1
"docstring-like"
f()
f(x)(y)
a.b.c
a[0]
x + y
-x
not x
x if y else z
lambda: 0
*a, b
a, *b
1, 2
1,
(yield_ := 3)
await_ = 1
...
None
