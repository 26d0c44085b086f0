def f(cmd):
    match cmd.split():
        case ['go', ('north' | 'south') as d]:
            return f'vertical {d}'
        case ['go', d]:
            return f'go {d}'
        case ['take', *items] if items:
            return f'take {items}'
        case [('quit' | 'exit')]:
            return 'bye'
        case _:
            return 'huh'
for c in ('go north', 'go west', 'take a b', 'take', 'exit', ''):
    print(repr(c), f(c))
