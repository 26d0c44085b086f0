# An infinite loop with no break: nothing follows it, no implicit return is emitted
def f():
    while True:
        g()
