for f in (lambda: len(), lambda: len(1, 2), lambda: abs('x'), lambda: isinstance(1), lambda: divmod(1), lambda: getattr(1), lambda: sorted([], 1), lambda: 'a'.split(1), lambda: [].append()):
    try:
        f()
    except TypeError as e:
        print(e)
