print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[1]} {0[a]}'.format({1: 'one', 'a': 'A'}), '{.real}'.format(3 + 4j), '{:>{w}}'.format('r', w=5))
print('{{literal}}'.format(), '{!r:>6}'.format('s'), '{0!s}{0!a}'.format('é'))
print('{:,}'.format(10**9), '{:.3}'.format('abcdef'), '{:^9}'.format('mid'))
for fmt, a in [('{} {}', (1,)), ('{0} {}', (1, 2)), ('{x}', ()), ('{:d}', ('s',))]:
    try:
        fmt.format(*a)
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print('{a}'.format_map({'a': 5}))
