for v in (1, 'a', b'b', [1], (1,), {1: 2}, 1.5, True, None, {1}):
    match v:
        case bool(b):
            print('bool', b)
        case int(i):
            print('int', i)
        case str(s) | bytes(s):
            print('text', s)
        case list(l) | tuple(l):
            print('seq', l)
        case dict(d):
            print('dict', d)
        case float(f):
            print('float', f)
        case _:
            print('other', v)
