# del inside a loop makes later loads in the loop checked
def f(items):
    x = 0
    for i in items:
        print(x)
        del x
        x = i
    return x
