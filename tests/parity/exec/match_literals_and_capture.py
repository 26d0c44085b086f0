def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case None:
            return 'none'
        case True:
            return 'true'
        case other:
            return f'other {other!r}'
for v in (0, 2, 'hello', None, True, 3.0, 'x', 1.0):
    print(v, describe(v))
