def noisy(tag, n):
    for i in range(n):
        print('produce', tag, i)
        yield i

for a, b in zip(noisy('a', 3), noisy('b', 2)):
    print('pair', a, b)
print(list(enumerate(noisy('c', 2), start=10)))
