def f(a, b=1):
    pass
for call in (lambda: f(1, c=2), lambda: f(1, a=2), lambda: f(b=1), lambda: f(1, **{'a': 2})):
    try:
        call()
    except TypeError as e:
        print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    dict(a=1, **{'a': 2})
except TypeError as e:
    print(e)
