def f():
    try:
        raise KeyError('orig')
    except KeyError:
        print('logging')
        raise

try:
    f()
except KeyError as e:
    print('outer', repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
