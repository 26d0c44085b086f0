# return inside a with block calls __exit__(None, None, None) first
def f(path):
    with open(path) as fp:
        return fp.read()
