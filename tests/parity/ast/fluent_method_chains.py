result = (
    query
    .filter(x > 1)
    .order_by("name")
    .limit(10)
    .all()
)
value = obj.a().b[0].c(1, 2)(3)[4:5].d
builder.set(a=1).set(b=2).build()
text.strip().split(",")[0].lower().replace("a", "b")
(lambda: 1)()
(x for x in y).__next__()
[1, 2].__len__()
{}.get("k", {}).get("j")
f()()()()
a[0][1][2][3]
