counter = [0]
def default():
    counter[0] += 1
    return counter[0]
def f(x=default()):
    return x
print(f(), f(), counter)
def g(a, b=2, *, c=3): pass
print(g.__defaults__, g.__kwdefaults__)
