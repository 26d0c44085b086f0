def v(x):
    print('eval', x)
    return x
def f(*a, **k):
    return a, k
print(f(v(1), v(2), k=v(3), *[v(4)], **{'z': v(5)}))
