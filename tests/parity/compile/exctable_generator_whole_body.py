# A generator's whole body is protected by the StopIteration handler at depth 0
def gen():
    yield 1
    try:
        yield 2
    except E:
        yield 3
