# Function decorators: evaluated before the function, applied bottom-up with CALL
@first
@second(arg)
@ns.third
def f():
    pass
