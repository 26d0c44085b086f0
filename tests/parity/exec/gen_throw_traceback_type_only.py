def g():
    try:
        yield
    except Exception as e:
        print(type(e).__name__, e.args)
        yield 'ok'

it = g()
next(it)
print(it.throw(ZeroDivisionError))
it = g(); next(it)
print(it.throw(ValueError('v')))
