b = b'hello\x00\xff'
print(b, len(b), b[0], b[-1], b[1:3], list(b[:3]), b.hex(), bytes.fromhex('de ad be ef'))
print(bytes(3), bytes([65, 66]), bytes('é', 'utf-8'), bytes(range(5)), b'a' * 3, b'ab' + b'cd')
print(b'abc'.upper(), b'a,b'.split(b','), b' x '.strip(), b'abc'.replace(b'b', b'B'), b'x'.join([b'1', b'2']))
print(b'abc' < b'abd', b'a' in b'abc', 97 in b'abc', b'abc'.find(b'c'), b'%d-%s' % (5, b'x'))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b'a' + 'b'
except TypeError as e:
    print(e)
