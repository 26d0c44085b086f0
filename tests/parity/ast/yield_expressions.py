def g():
    yield
    yield 1
    yield 1, 2
    yield 1,
    yield *a, b
    yield from x
    yield from (yield)
    x = yield
    x = yield 1
    x = yield from y
    x = (yield)
    x = (yield 1)
    f((yield))
    f((yield x))
    [(yield)]
    {(yield): (yield)}
    x = yield a, *b
    await_ = yield yield_from
    return (yield from y)
