def f(*args, sep=' ', end='!'):
    return sep.join(map(str, args)) + end

print(f(1, 2, 3), f('a', 'b', sep='-'), f(end='?'))
try:
    f(1, bogus=2)
except TypeError as e:
    print(e)
