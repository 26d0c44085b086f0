for e in (ValueError(), ValueError('x'), ValueError('x', 1), KeyError('k'), OSError(2, 'msg'), StopIteration(3),
          SystemExit(1), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'), SyntaxError('bad', ('f.py', 1, 2, 'x y', 1, 3)),
          ExceptionGroup('g', [ValueError(1)]), NameError('n', name='n'), AttributeError('a')):
    print(repr(e), '|', str(e))
