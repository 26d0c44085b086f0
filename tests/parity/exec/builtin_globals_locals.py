x = 5
def f(a):
    b = 2
    return sorted(locals().items())
print(f(1))
print('x' in globals(), globals()['x'], globals()['__name__'])
