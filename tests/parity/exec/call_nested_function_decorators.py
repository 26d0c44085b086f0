def trace(fn):
    def wrapper(*args, **kwargs):
        print(f'-> {fn.__name__}{args}')
        r = fn(*args, **kwargs)
        print(f'<- {fn.__name__} = {r}')
        return r
    wrapper.__name__ = fn.__name__
    return wrapper

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b

@repeat(3)
def hello(x):
    return 'hi ' + x

print(add(2, 3), add.__name__, hello('bob'))
