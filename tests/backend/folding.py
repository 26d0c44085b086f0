# What the flow-graph optimiser folds or rewrites.
x = 1
while 1:
    if x:
        break
while True:
    x += 1
    if x > 10:
        break
if 0:
    print('dead')
if None:
    pass
elif '':
    pass
elif 'yes':
    y = not not x
if x is None or None is x:
    pass
if x is not None:
    pass
t = (x, 1, 2)
u = (1, 2, 3)
a, b = b, a = 1, 2
a, b, c = c, b, a
(a,) = (b,)
z = x if x else 0
print(x < 2, x in (1, 2), x is u, not x)


def swaps(a, b, c, d):
    a, b = b, a
    a, b, c = c, b, a
    a, b, c, d = d, c, b, a
    a = a = b
    x = x = 1
    return a, b, c, d


def returns(x):
    if x:
        return 1
    elif x is None:
        return None
    return (1, 2)


def consts_in_boolops(x):
    return (x or 1) and (0 or x) and (None and x) and ('' or ())
