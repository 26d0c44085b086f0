# base64 and binascii: hex, base64 (strict mode), uuencode and the CRCs, with binascii.Error messages
import binascii, base64, quopri
data = [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), b'hello world\n' * 3]
for d in data:
    print(binascii.hexlify(d)[:40], binascii.b2a_base64(d)[:60], binascii.b2a_base64(d, newline=False)[-8:], binascii.crc32(d), binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xffff), binascii.crc32(d, 12345))
    print(binascii.a2b_base64(binascii.b2a_base64(d)) == d, binascii.unhexlify(binascii.hexlify(d)) == d)
    if len(d) <= 45: print(binascii.b2a_uu(d), binascii.b2a_uu(d, backtick=True), binascii.a2b_uu(binascii.b2a_uu(d)) == d)
print(binascii.hexlify(b'\xb9\x01\xef', ':'), binascii.b2a_hex(b'\xb9\x01\xef', b'_', 2), binascii.b2a_hex(b'\xb9\x01\xef\x02', '-', -3))
print(binascii.a2b_hex('AbCd'), binascii.a2b_base64('YW Jj\n'), binascii.a2b_base64(b'YQ==garbage'), binascii.crc32(b'x', -1))
for e in ["binascii.a2b_hex('abc')", "binascii.a2b_hex('zz')", "binascii.a2b_hex('é')", "binascii.a2b_hex(1)", "binascii.b2a_base64('x')", "binascii.a2b_base64('YWJ')", "binascii.a2b_base64('Y')", "binascii.a2b_base64('YWJjZ')",
          "binascii.a2b_base64('=YQ==', strict_mode=True)", "binascii.a2b_base64('YQ==a', strict_mode=True)", "binascii.a2b_base64('Y!Q==', strict_mode=True)", "binascii.a2b_base64('YQ=a=', strict_mode=True)", "binascii.a2b_base64('YWJj====', strict_mode=True)",
          "binascii.b2a_uu(b'x'*46)", "binascii.a2b_uu(b'!!!!!!!')", "binascii.a2b_uu(b'')", "binascii.a2b_uu(b'#\\x01')", "binascii.crc32()", "binascii.crc_hqx(b'')", "binascii.hexlify(b'ab', 'xy')"]:
    try: print(e, '->', repr(eval(e)))
    except Exception as ex: print(e, '->', type(ex).__name__, ex)
print(binascii.Error.__mro__, binascii.Incomplete)
print(base64.b64encode(b'\x00\xffhi'), base64.b64decode(b'AP9oaQ=='), base64.urlsafe_b64encode(b'\xfb\xff'), base64.b32encode(b'hello'), base64.b32decode(b'NBSWY3DP'), base64.b16encode(b'hi'), base64.b85encode(b'hello'), base64.a85encode(b'hello'), base64.b85decode(base64.b85encode(b'xyz')))
try: base64.b64decode('abc', validate=True)
except binascii.Error as e: print('Error', e)

# quoted-printable (binascii's pair, which quopri uses)
samples = [b'', b'hello world', b'caf\xc3\xa9 = 1\n', b'tab\tend\t\nspace end \r\nx', b'.\n', b'a' * 100, b'line_with_underscore and space',
           b'=41=42=\n', b'soft=\nbreak', b'bad=ZZ', b'lower=4a', b'==', b'x\x00y\x7f', b'a\r\nb\r\n', (b'word ' * 30) + b'\n']
for s in samples:
    print(binascii.b2a_qp(s), binascii.b2a_qp(s, quotetabs=True), binascii.b2a_qp(s, istext=False), binascii.b2a_qp(s, header=True))
    print(binascii.a2b_qp(s), binascii.a2b_qp(s, header=True), binascii.a2b_qp(binascii.b2a_qp(s)) == s)
print(quopri.encodestring(b'caf\xc3\xa9 \n'), quopri.decodestring(b'caf=C3=A9'), binascii.a2b_qp('=41'))
