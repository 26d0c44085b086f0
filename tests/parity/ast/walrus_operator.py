(x := 1)
y = (x := 1)
if (n := len(a)) > 10:
    pass
while (chunk := read()):
    pass
[y := f(x), y ** 2]
[y for x in data if (y := f(x)) is not None]
print(x := 1, y := 2)
f(a, b := 2, c=3)
{(k := 1): (v := 2)}
{(x := 1), 2}
x[(y := 1)]
x[y := 1]
x[y := 1, z := 2]
x[a:(b := 1)]
(x := (y := 1)) if False else 0
lambda: (x := 1)
def f(a=(b := 1)): pass
assert (x := 1)
z = (w := 1), 2
foo(x := 3, cat='vector')
(x := (y := 1))
if any((comment := line).startswith('#') for line in lines):
    pass
