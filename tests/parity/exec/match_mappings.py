def f(m):
    match m:
        case {'type': 'point', 'x': x, 'y': y}:
            return f'point {x},{y}'
        case {'type': 'circle', **rest}:
            return f'circle {rest}'
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'
for m in ({'type': 'point', 'x': 1, 'y': 2, 'z': 0}, {'type': 'circle', 'r': 5}, {'a': 1}, [1]):
    print(f(m))
