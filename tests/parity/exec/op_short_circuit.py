def t(v, tag):
    print('eval', tag)
    return v
print(t(0, 'a') and t(1, 'b'))
print(t(1, 'a') and t(2, 'b'))
print(t(0, 'a') or t(0, 'b') or t(3, 'c') or t(4, 'd'))
x = t([], 'x') or 'default'
print(x)
