# A decorator defined in a function and applied to a nested function
def outer(tag):
    def deco(fn):
        fn.tag = tag
        return fn
    @deco
    def inner():
        return tag
    return inner
