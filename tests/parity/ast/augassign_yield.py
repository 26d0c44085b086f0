def gen():
    x += yield
    x += yield 1
    x += yield from other()
    y = yield
    y = yield 1, 2
    y = yield from other()
    z: int = yield
    z: int = yield 3
    yield
    yield 1
    yield 1, 2
    yield *a, b
    yield from g()
    await_ = (yield)
    print((yield x))
