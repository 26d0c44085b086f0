def f(await=1):
    pass
