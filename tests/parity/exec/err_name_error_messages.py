def f():
    return undefined_in_function
for c in (f, lambda: undefined_lambda, lambda: Undefined.attr):
    try:
        c()
    except NameError as e:
        print(type(e).__name__, e)
def g():
    print(late)
    late = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        nonlocal_value
    return inner
try:
    outer()()
except NameError as e:
    print(type(e).__name__, e)
