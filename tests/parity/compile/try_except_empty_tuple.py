# except () matches nothing but still compiles a handler
def f():
    try:
        g()
    except ():
        h()
