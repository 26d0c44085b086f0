print(b'%s and %d' % (b'bytes', 42), b'%x %5.2f %c' % (255, 1.5, 65), b'%r' % 'x', b'%b' % b'z')
print(bytearray(b'%d') % 3, b'%(a)s' % {b'a': b'mapped'})
try:
    b'%s' % 'str'
except TypeError as e:
    print(e)
