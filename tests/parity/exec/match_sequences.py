def f(seq):
    match seq:
        case []:
            return 'empty'
        case [x]:
            return f'one {x}'
        case [x, y]:
            return f'two {x} {y}'
        case [first, *rest] if len(rest) > 2:
            return f'long {first} +{len(rest)}'
        case [_, _, *_]:
            return 'three or four'
for s in ([], [1], (1, 2), [1, 2, 3], [1, 2, 3, 4, 5], 'ab', range(2)):
    print(s, f(s))
