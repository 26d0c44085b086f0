for w in ('a', 'é', '日本', '🐍x'):
    print(f'[{w:<6}] [{w:>6}] [{w:^6}] [{w:*^7}]', len(w))
print('{:=^20}'.format(' centered '), '{:>{}}'.format('x', 4), '%-6s|%6s' % ('ab', 'cd'))
