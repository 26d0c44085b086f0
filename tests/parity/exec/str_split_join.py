print('a,b,,c'.split(','), 'a b  c '.split(), '  a  '.split(' '), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print('line1\nline2\r\nline3\rline4'.splitlines(), 'x\ny\n'.splitlines(True), ''.split(), ''.split(','))
print('-'.join(['a', 'b', 'c']), ''.join(map(str, range(5))), ', '.join('xyz'))
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'))
try:
    ','.join([1, 2])
except TypeError as e:
    print(e)
try:
    'a'.split('')
except ValueError as e:
    print(e)
