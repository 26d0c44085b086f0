def g():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        return
it = g()
next(it)
print(it.close())
