[x for x in y]
[x for x in y if x]
[x for x in y if x if not z]
[x for x in y for z in x]
[x for x in y if x for z in x if z]
[(x, y) for x in a for y in b]
[x for x, y in pairs]
[x for (x, y) in pairs]
[x for [x, y] in pairs]
[x for *x, y in rows]
[x for x.attr in y]
[x for x[0] in y]
[x for x in a or b]
[x for x in y if a or b]
[[y for y in x] for x in z]
{x for x in y}
{x for x in y if x}
{k: v for k, v in items}
{k: v for k in a for v in b if k != v}
{k: [v for v in vs] for k, vs in groups}
(x for x in y)
(x for x in y if x for z in w)
list(x for x in y)
[(y := f(x)) for x in data]
[x for x in range(10) if (y := x)]
[x async for x in aiter()]
[await x for x in y]
{x: y async for x, y in z}
[x for x in [y for y in z]]
[x for x in (y for y in z)]
sum(x * x for x in range(10))
