def f(v):
    match v:
        case {'kind': 'user', 'name': str(name), **extra} if extra:
            return f'user {name} extra={extra}'
        case {'kind': 'user', 'name': name}:
            return f'plain user {name}'
        case {'kind': kind}:
            return f'kind {kind}'
        case [{'x': x}, *_]:
            return f'first x {x}'
    return 'none'
for v in ({'kind': 'user', 'name': 'a', 'age': 3}, {'kind': 'user', 'name': 'b'}, {'kind': 'bot'}, [{'x': 1}, 2], {'name': 'n'}):
    print(f(v))
