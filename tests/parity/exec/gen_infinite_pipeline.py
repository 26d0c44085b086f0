def naturals():
    n = 1
    while True:
        yield n
        n += 1

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

squares = (n * n for n in naturals())
evens = (s for s in squares if s % 2 == 0)
print(list(take(6, evens)))
