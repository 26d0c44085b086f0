ba = bytearray(b'hello')
ba[0] = 74
ba.append(33)
ba.extend(b'??')
ba += b'!'
print(ba, len(ba), ba.pop(), ba)
del ba[1:3]
print(ba)
ba[0:1] = b'XYZ'
print(ba, bytes(ba), ba.decode())
ba.reverse()
print(ba, ba.find(b'Z'), ba.count(b'?'))
try:
    ba[0] = 300
except ValueError as e:
    print(e)
print(bytearray(3), bytearray('ab', 'ascii'), ba.upper())
