def pair():
    x = 0
    def get(): return x
    def set(v):
        nonlocal x
        x = v
    return get, set

g, s = pair()
s(42)
print(g())
print(g.__code__.co_freevars, pair.__code__.co_cellvars)
