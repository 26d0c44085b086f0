def f():
    @dec
x = 1
