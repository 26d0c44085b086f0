class Color:
    RED = 'red'
    GREEN = 'green'
def f(c, strict):
    match c:
        case Color.RED if strict:
            return 'strict red'
        case Color.RED:
            return 'red'
        case Color.GREEN | 'lime':
            return 'greenish'
        case str(x) if x.startswith('b'):
            return 'b-color'
        case _:
            return 'unknown'
for args in (('red', True), ('red', False), ('lime', 0), ('blue', 0), ('pink', 0)):
    print(f(*args))
