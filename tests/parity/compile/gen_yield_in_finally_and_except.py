# yield inside except and finally blocks of a generator
def gen():
    try:
        yield 1
    except ValueError as e:
        yield e
    finally:
        yield 3
