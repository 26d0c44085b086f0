# struct on _struct: every format char, byte orders, sizes and alignment, pack_into/unpack_from, struct.error messages
import struct
print(struct.__doc__ == __import__('_struct').__doc__)
fmts = ['i', '<i', '>h', '!I', '=q', '@Q', 'b', 'B', '?', 'c', 'e', '<e', '>f', 'd', 'l', '<l', 'L', 'n', 'N', 'P', 'x', '3s', '5p', 'ci', 'ic', '@bhiqd', '<bhiqd', '2h3x2i', ' 2 i ', '0i', '0s', 'ii?', '10p', 'hq', 'bq', '@ee']
fmts = [f for f in fmts]
for f in fmts:
    try: print(f, struct.calcsize(f))
    except struct.error as e: print(f, e)
vals = {'i': [0, 1, -1, 2**31-1, -2**31], 'h': [32767, -32768], 'q': [2**63-1, -2**63], 'Q': [2**64-1], 'b': [-128, 127], 'B': [255], 'I': [2**32-1], 'L': [2**32-1], 'l': [-5], 'n': [-3], 'N': [3], 'P': [12345]}
for code, vs in vals.items():
    for order in '@=<>!':
        if order != '@' and code in 'nNP': continue
        for v in vs:
            p = struct.pack(order + code, v); print(order + code, v, p, struct.unpack(order + code, p))
for v in [0.0, -0.0, 1.5, 65504.0, 6.1e-5, 5.96e-8, 1e-8, float('inf'), -float('inf'), 0.1, 1/3, 2049.0, 2051.0]:
    for c in 'efd':
        for o in '<>':
            p = struct.pack(o + c, v); print(o + c, v, p, struct.unpack(o + c, p))
print(struct.pack('e', float('nan')), struct.pack('<f', float('nan')))
print(struct.pack('3s', b'abcdef'), struct.pack('3s', b'a'), struct.pack('5p', b'abcdefgh'), struct.unpack('5p', b'\x09abcd'), struct.pack('0p', b'x'))
print(struct.pack('ci?', b'x', 7, []), struct.unpack('ci?', struct.pack('ci?', b'x', 7, 'y')))
print(struct.pack('<2h3x2i', 1, 2, 3, 4))
s = struct.Struct('<hhl'); print(s, s.size, s.format, s.pack(1, 2, 3), s.unpack(b'\x01\x00\x02\x00\x03\x00\x00\x00'))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')), s.unpack_from(b'xx' + s.pack(1, 2, 3), 2), s.unpack_from(s.pack(7, 8, 9) + b'', offset=0))
ba = bytearray(10); struct.pack_into('<i', ba, 2, -2); print(ba); struct.pack_into('<h', ba, -2, 258); print(ba)
print(struct.pack('i', True), struct.pack('f', 3), struct.unpack('<q', b'\xff'*8), struct.unpack('<Q', b'\xff'*8))
class I:
    def __index__(self): return 42
print(struct.pack('<i', I()), struct.pack('<d', I()) if False else '')
errs = ["struct.pack('b', 128)", "struct.pack('B', -1)", "struct.pack('<h', 40000)", "struct.pack('H', -1)", "struct.pack('i', 2**31)", "struct.pack('<I', 2**32)",
 "struct.pack('l', 2**63)", "struct.pack('<l', 2**31)", "struct.pack('L', -1)", "struct.pack('q', 2**63)", "struct.pack('Q', -1)", "struct.pack('<Q', 2**64)", "struct.pack('<q', -2**63-1)", "struct.pack('n', 2**63)", "struct.pack('N', -1)", "struct.pack('P', 2**64)",
 "struct.pack('<f', 1e300)", "struct.pack('f', 1e300)", "struct.pack('e', 1e6)", "struct.pack('<e', 65520.0)", "struct.pack('i', 1.5)", "struct.pack('i', 'x')", "struct.pack('d', 'x')", "struct.pack('d', 2**2000)", "struct.pack('c', b'ab')", "struct.pack('c', 'a')", "struct.pack('s', 'a')", "struct.pack('p', 1)",
 "struct.pack('<n', 1)", "struct.calcsize('<P')", "struct.calcsize('z')", "struct.calcsize('12')", "struct.calcsize('i\\0')", "struct.calcsize(1)", "struct.pack()", "struct.pack('ii', 1)",
 "struct.unpack('i', b'')", "struct.unpack('i', 'abcd')", "struct.unpack_from('i', b'abc')", "struct.unpack_from('i', b'abcdef', -2)", "struct.unpack_from('i', b'abcdef', -10)", "struct.unpack_from('i', b'abcdefgh', -4)",
 "struct.pack_into('i', bytearray(3), 0, 1)", "struct.pack_into('i', b'abcd', 0, 1)", "struct.pack_into('i')", "struct.pack_into('i', bytearray(4))", "struct.pack_into('i', bytearray(4), 0)", "struct.pack_into('i', bytearray(8), -2, 1)", "struct.pack_into('i', bytearray(8), -10, 1)",
 "struct.iter_unpack('i', b'abc')", "struct.iter_unpack('', b'')", "struct.Struct(1)", "struct.Struct('\\xe9')", "struct.Struct()", "struct.calcsize('99999999999999999999i')", "struct.calcsize('9223372036854775807q')", "struct.Struct('i').pack(1, 2)", "struct.unpack('i')"]
for e in errs:
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, '->', type(ex).__name__, ex)
print(repr(struct.error), struct.error.__mro__)
class S(struct.Struct):
    pass
print(S('i'), S('<h').pack(3))
# memoryview is a bytes-like argument for every module that takes one (the shared buffer export)
import hashlib, binascii, marshal, codecs, base64
mv = memoryview(b"abc")
print(hashlib.md5(mv).hexdigest(), struct.unpack("3B", mv), binascii.hexlify(mv), marshal.loads(memoryview(marshal.dumps(5))))
print(codecs.utf_8_decode(mv), base64.encodebytes(b"hello"), base64.b64encode(mv))
