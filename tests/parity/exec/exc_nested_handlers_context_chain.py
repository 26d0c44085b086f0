try:
    try:
        try:
            raise ValueError('a')
        except ValueError:
            raise TypeError('b')
    except TypeError:
        raise KeyError('c')
except KeyError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(repr(x))
        x = x.__context__
    print(chain)
