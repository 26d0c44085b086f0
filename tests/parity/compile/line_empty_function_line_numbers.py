# The implicit 'return None' of a function takes the line of its last statement
def f(x):
    if x:
        pass

def g():
    for i in range(3):
        pass
