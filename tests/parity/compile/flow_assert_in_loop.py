# assert inside a loop and with a walrus
def f(items):
    for x in items:
        assert x, x
    assert (n := len(items)) > 0, n
