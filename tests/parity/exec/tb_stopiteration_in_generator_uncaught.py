def gen():
    yield 1
    next(iter([]))

print(list(gen()))
