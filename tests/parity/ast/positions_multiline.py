x = (1 +
     2 +
     3)
y = [
    a,
    b,
]
call(
    arg1,
    key=value,
)
if (a and
        b):
    pass
z = (
    obj
    .method()
    .other(1)
)
w = 'a' \
    'b'
def f(
    a,
    b=1,
):
    return (a,
            b)
result = {
    k: v
    for k, v in items
}
