*a, b = c
a, *b = c
print(*a)
print(*a, *b)
[*a, *b]
{*a, *b}
(*a, *b)
*a, *b
x = *a, *b
x = *a,
for x in *a, *b: pass
return_ = [*range(3)]
f(*a, *b, c, *d)
a[*b]
a[*b, *c]
def f(*args: *Ts): pass
def g():
    return *a, *b
def h():
    yield *a, *b
x: tuple = *a, *b
x += *a, *b
