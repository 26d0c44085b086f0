# bytes and bytearray: methods, errors, mutation, %-formatting (compared with CPython 3.13 by BytesParityTest)
tests = [
    "b'a'.split(1)",
    "b'a'.center(5, 'x')",
    "b'a'.find('x')",
    "b'a'.strip('x')",
    "b'a'.replace('a','b')",
    "b'a'.startswith('a')",
    "b'a'.join(['a'])",
    "b'a'.count(300)",
    "b'a'.index(b'z')",
    "b'a'.rindex(b'z')",
    "b'a'.partition('a')",
    "b'a'.partition(b'')",
    "b'a'.split(b'')",
    "bytes.fromhex('zz')",
    "bytes.fromhex('a')",
    "bytes.fromhex('aa b')",
    "b'ab'.hex('::')",
    "b'ab'.hex(1)",
    "b'abc'.hex(':', 0)",
    "b'abcde'.hex(':', -2)",
    "b'abcde'.hex(b'-', 2)",
    "b'a'.translate(b'x')",
    "b'a'.maketrans(b'a', b'bc')",
    "b'a'.removeprefix('a')",
    "bytearray(b'a').pop(5)",
    "bytearray().pop()",
    "bytearray(b'a').remove(5)",
    "bytearray(b'a').remove(500)",
    "bytearray(b'a').append(256)",
    "bytearray(b'a').append('a')",
    "bytearray(b'a')[5]",
    "bytearray(b'a').insert(0, -1)",
    "bytearray('a')",
    "bytearray(b'a', 'ascii')",
    "bytes('a', errors='x')",
    "bytearray(-1)",
    "bytearray(1.5)",
    "bytes(1.5)",
    "bytes(['a'])",
    "b'a' + 1",
    "bytearray(b'a') + 1",
    "bytearray(b'a') + 'a'",
    "b'a' < 'a'",
    "bytearray(b'a') < 'a'",
    "b'%d' % 'x'",
    "b'%c' % 256",
    "b'%c' % b'ab'",
    "b'%s %s' % (1,)",
    "b'%s' % (1, 2)",
    "b'%y' % 1",
    "b'%' % ()",
    "hash(bytearray())",
    "'a'.encode('utf-99')",
    "b'a'.expandtabs('x')",
    "b'a'.zfill('x')",
    "bytearray(b'ab').extend(5)",
    "bytearray(b'ab').extend([300])",
    "bytearray(b'ab').extend('ab')",
    "bytearray(b'a')[1.0]",
    "b'a'.ljust(3, b'xy')",
    "b'abc'.splitlines(1)",
    "b'a'.split(maxsplit=1.0)",
    "b'ab'.decode('ascii')",
    "b'\\x80ab'.decode('ascii')",
    "b'\\xc3'.decode('utf-8')",
    "b'\\xc3\\x28'.decode()",
    "b'\\xed\\xa0\\x80'.decode()",
    "b'\\xf0\\x90\\x80'.decode()",
    "'\\ud800'.encode()",
    "'\\u20ac'.encode('latin-1')",
    "b'\\xff\\xfeab'.decode('utf-16-le')",
    "b'a'.decode('utf-16')",
    "b'abc'.decode('utf-32')",
    "'\\U0001f600'.encode('utf-16-be')",
    "b'\\x00\\xd8\\x00'.decode('utf-16-le')",
    "b'\\x00\\xdc\\x00\\x00'.decode('utf-16-le')",
    "b'\\x00\\x00\\x11\\x00'.decode('utf-32-le')",
    "'x'.encode('ascii', 'bogus')",
    "'\\xe9'.encode('ascii', 'bogus')",
    "b'\\xff'.decode('ascii', 'bogus')",
    "b'\\xff'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape')",
    "'\\ud800'.encode('utf-8', 'surrogatepass')",
    "b'\\xed\\xa0\\x80'.decode('utf-8', 'surrogatepass')",
    "b'\\xff\\xfe'.decode('utf-8', 'backslashreplace')",
    "'\\xe9\\u20ac'.encode('latin-1', 'namereplace')",
    "b'\\xe9'.decode('ascii', 'replace')",
    "'ab\\xe9'.encode('utf-16')",
    "'ab'.encode('utf-32')",
    "b'\\xff\\xfea\\x00'.decode('utf-16')",
    "b'a'.decode('UTF8')",
    "b'a'.decode('Latin_1')",
    "'\\xe9'.encode('ascii', 'surrogateescape')",
    "b'\\xe9'.decode('ascii', 'surrogateescape')",
    "UnicodeDecodeError('utf-8', b'ab', 0, 2, 'bad')",
    "str(UnicodeDecodeError('utf-8', b'ab', 0, 2, 'bad'))",
    "str(UnicodeEncodeError('ascii', 'ab\\u1234', 2, 3, 'bad'))",
    "str(UnicodeEncodeError('ascii', 'ab\\U00012345', 2, 3, 'bad'))",
    "UnicodeDecodeError('a')",
    "UnicodeDecodeError(1,2,3,4,5)",
    "str(UnicodeTranslateError('ab', 0, 1, 'x'))",
    "bytes(bytearray(b'x'))",
    "bytearray(b'abc') == b'abc'",
    "b'abc' == bytearray(b'abc')",
    "bytearray(b'a') * 3",
    "3 * bytearray(b'a')",
    "b'ab' + bytearray(b'c')",
    "bytearray(b'x') + b'y'",
    "repr(bytearray(b\"'\"))",
    "bytearray(b'abc').hex(':')",
    "bytearray.fromhex('41 42')",
    "type(bytearray(b'a').copy())",
    "b'abc'.title()",
    "b'a1b'.isalnum()",
    "b'AbC Def'.istitle()",
    "b''.isupper()",
    "b'\\x80'.isascii()",
    "b'aXb'.partition(b'X')",
    "b'abc'.rpartition(b'z')",
    "b'  a b  '.split()",
    "b'a b c'.rsplit(None, 1)",
    "b'a\\tb'.expandtabs(4)",
    "b'-42'.zfill(6)",
    "b'abc'.translate(None, b'b')",
    "bytes.maketrans(b'ab', b'xy')[97:99]",
    "b'abc'.removesuffix(b'c')",
    "bytearray(b'abc').removesuffix(b'c')",
    "b'x'.__getnewargs__()",
    "b'a\\nb\\r\\nc\\rd'.splitlines(True)",
    "b'ab'.capitalize()",
    "b'a b'.swapcase()",
    "bytearray(b'ab').__alloc__() >= 0",
    "bytearray(b'abc').__reduce__()",
    "b'ab'.__mod__(1)",
    "b'ab'.__rmod__(1)",
    "bytearray(b'%s') % b'x'",
    "b'%5s|%-5s|' % (b'a', b'b')",
    "b'%a' % 'é'",
    "b'%c' % 65",
    "b'%i %u %o %X %#x %e %g' % (1, 2, 8, 255, 255, 1.5, 2.5)",
    "b'%s' % bytearray(b'ab')",
    "b'%(x)s %(y)d' % {b'x': b'1', b'y': 2}",
    "b'%(x)s' % {'x': 1}",
    "b'%.1s' % b'abc'",
    "b'%*d' % (5, 1)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)

def t(src):
    try:
        r = eval(src, globals())
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '!!', type(e).__name__, e)
def x(src):
    try:
        exec(src, globals())
        print(src, '=>', repr(ba))
    except Exception as e:
        print(src, '!!', type(e).__name__, e)
ba = bytearray(b'abcdef')
x("ba[1:3] = b''"); x("ba[::2] = b'XYZ'"); x("ba[::2] = b'XY'"); x("del ba[::2]"); x("ba[5:1] = b'Q'"); x("ba[0:1] = 5")
x("ba[0] = b'a'"); x("ba[1:2] = [65, 66]"); x("ba[1:2] = 'ab'"); x("ba[:] = ba"); x("ba[10] = 1"); x("del ba[10]"); x("del ba[-1]")
x("ba *= 2"); x("ba += bytearray(b'!')"); x("ba += 'x'"); x("ba += [1]"); x("ba.insert(100, 65)"); x("ba.insert(-100, 66)")
x("ba.extend(range(3))"); x("ba.extend(x for x in b'hi')"); x("ba.extend(5)"); x("ba.clear()")
t("bytearray(b'abc') < bytearray(b'abd')"); t("bytearray(b'abc') == 'abc'"); t("bytearray(b'abc') != b'abc'"); t("b'abc' >= bytearray(b'abc')")
t("list(bytearray(b'ab'))"); t("bytearray(b'abc')[::-1]"); t("bytearray(b'abc')[-1]"); t("b'x' in bytearray(b'axb')"); t("120 in bytearray(b'axb')"); t("bytearray(b'axb') in b'xaxbx'")
t("'x' in bytearray(b'a')"); t("len(bytearray(5))"); t("bool(bytearray())"); t("bytearray(b'a') * -1"); t("bytearray([1,2,3])"); t("bytearray((1,2))"); t("bytearray(range(3))")
t("bytearray(iter([1,2]))"); t("bytearray(b'ab').hex()"); t("str(bytearray(b'x'))"); t("bytearray(b'x').__repr__()"); t("bytearray(b'a').split(b'a')"); t("bytearray(b'a b').split()")
t("bytearray(b'ab').partition(b'a')"); t("bytearray(b' a ').strip()"); t("bytearray(b'a').join([b'x', bytearray(b'y')])"); t("b''.join([bytearray(b'x'), b'y'])")
t("bytearray(b'abc').replace(b'b', bytearray(b'X'))"); t("bytes(5)"); t("bytes(True)"); t("bytes(bytearray(3))")
class B:
    def __bytes__(self): return b'BB'
class C:
    def __bytes__(self): return 'no'
t("bytes(B())"); t("bytes(C())"); t("b'%s' % B()"); t("bytearray(B())"); t("b'%b %b' % (B(), bytearray(b'y'))")
t("b'abc'.find(98)"); t("b'abc'.find(b'c', -1)"); t("b'abc'.find(b'', 4)"); t("b'abc'.find(b'', 3)"); t("b'abc'.count(b'')"); t("b'abc'.count(b'', 10)"); t("b'abc'.rfind(b'')")
t("b'abc'.index(b'c', None, None)"); t("b'abc'.find(b'a', 'x')"); t("b'abc'.startswith((b'x', b'a'))"); t("b'abc'.startswith(b'b', 1)"); t("b'abc'.endswith(b'b', 0, 2)"); t("b'abc'.startswith((b'x', 'a'))")
t("b'abc'.startswith(b'', 4)"); t("b'abc'.endswith(b'', 4)"); t("b'abc'.startswith(b'', 3)")
t("b'a,b,,c'.split(b',', 2)"); t("b'a,b,,c'.rsplit(b',', 2)"); t("b'  a  b  '.split(None, 1)"); t("b'  a  b  '.rsplit(None, 1)"); t("b''.split()"); t("b''.split(b',')")
t("b'a'.split(sep=b'a', maxsplit=0)"); t("b'xyz'.strip(b'xz')"); t("b'xyz'.rstrip(None)"); t("b'abc'.center(6)"); t("b'abc'.center(6, b'-')"); t("b'ab'.center(5, b'-')"); t("b'abc'.rjust(5, bytearray(b'-'))")
t("b'abc'.ljust(-1)"); t("b'+5'.zfill(4)"); t("b''.zfill(3)"); t("b'a\\tbc\\td\\n\\te'.expandtabs()"); t("b'a\\tb'.expandtabs(tabsize=0)"); t("b'aaa'.replace(b'a', b'b', 2)"); t("b'abc'.replace(b'', b'-')"); t("b'abc'.replace(b'', b'-', 2)")
t("b''.replace(b'', b'x')"); t("b'hello world'.title()"); t("b\"they're\".title()"); t("b'ABC'.istitle()"); t("b'Abc Def'.istitle()"); t("b' '.isspace()"); t("b'\\x0b'.isspace()"); t("b'\\x1c'.isspace()")
t("b'a'.isupper()"); t("b'A1'.isupper()"); t("b'abc'.capitalize()"); t("b'aBC'.capitalize()"); t("b'abc'.removeprefix(b'ab')"); t("b'abc'.removeprefix(b'')"); t("b'abc'.removesuffix(b'')")
t("b'abc'.translate(bytes.maketrans(b'abc', b'xyz'))"); t("b'abc'.translate(None)"); t("b'abc'.translate(None, delete=b'a')"); t("bytearray.maketrans(b'a', b'b')[97]"); t("b'ab'.translate(b'x'*256, b'a')")
t("b'\\xff\\x00'.hex()"); t("b'\\xff\\x00'.hex('\\xe9')"); t("b'\\xff\\x00'.hex(b'\\xe9')"); t("b'ab'.hex(':', 1)"); t("b'abc'.hex(sep='-', bytes_per_sep=-1)"); t("b'a'.hex(None)")
t("bytes.fromhex('')"); t("bytes.fromhex(' 01  02 ')"); t("bytes.fromhex('0 1')"); t("bytes.fromhex('é')"); t("bytes.fromhex(b'01')"); t("bytes.fromhex('\\t0a\\n')"); t("bytes.fromhex('0A0b')")
t("b'%%'  % ()"); t("b'%s' % ()"); t("b'%d%%' % 5"); t("b'%05d' % -3"); t("b'%-5d|' % 3"); t("b'%+.2f' % 1.234"); t("b'%x' % 3.0"); t("b'%5c|' % 65"); t("b'%c' % b'z'")
t("b'%(a)s %(a)s' % {b'a': b'1'}"); t("b'%(a)' % {b'a': 1}"); t("b'%s %(a)s' % {b'a': 1}"); t("b'%s' % {b'a': 1}"); t("b'abc' % {}"); t("b'abc' % ()"); t("b'abc' % []"); t("b'%s' % [1]")
t("b'%r' % b'x'"); t("b'%a' % 1"); t("b'%5.1r|' % 'abc'"); t("b'%i' % True"); t("b'%e' % 'x'"); t("b'%c' % 'a'"); t("b'%\\xe9' % 1")
t("hash(b'abc') == hash(b'abc')"); t("{b'a': 1}[b'a']"); t("b'a' == bytearray(b'a')"); t("[b for b in b'ab']"); t("b'ab'[5]"); t("b'abc'[::-1]"); t("b'\\x00' * 3"); t("sorted([b'b', b'a'])")
t("bytes.__name__, bytearray.__name__, type(b'').__name__"); t("isinstance(bytearray(), bytes)"); t("bytearray.__hash__"); t("type(iter(bytearray()))"); t("type(iter(b''))"); t("b'a'.__len__()")
t("bytearray(b'abc').pop(0)"); t("bytearray(b'abc').pop(-1)"); t("bytearray(b'abc').copy() is not None"); t("bytearray(b'abc').remove(98)"); t("bytearray(b'x').__reduce__()"); t("bytearray().__reduce__()")
t("bytearray(b'a', 'ascii', 'strict')"); t("bytearray('é', 'latin-1')"); t("bytearray(None)"); t("bytes(None)"); t("bytes(source=b'x')"); t("bytes(b'x', encoding='ascii')"); t("bytes(errors='x')")
t("bytearray([256])"); t("bytes([-1])"); t("bytearray(2**70)"); t("b'a' * 2**70"); t("bytes(-1)")
it = iter(ba := bytearray(b'ab')); next(it); ba.append(67); print(list(it))

print(f'{b"x"!r} {b"y"} {bytearray(b"z")}', format(b'q'), '%s %r' % (b'a', bytearray(b'b')))
print(b'a' b'b', sorted(bytearray(b'cba')), max(b'abc'), sum(b'\x01\x02'), list(reversed(b'ab')), list(reversed(bytearray(b'ab'))))
print(dict.fromkeys(b'ab'), set(bytearray(b'aab')), tuple(b'hi'), b'abc'[1:], bytearray(b'abc')[1:], memoryview if False else 0)
print(int.from_bytes(bytearray(b'\x01\x00'), 'big'), int(b'12'), float(b'1.5'), int(bytearray(b'7')))
x = bytearray(b'ab'); y = x; y += b'c'; print(x is y, x)
z = b'ab'; w = z; w += b'c'; print(z, w)
import sys
print(str(b'abc', 'ascii'), repr(bytearray(b'a"b\'c')), repr(b'a"b\'c'))
pass
print(bytearray(b'%s-%d') % (b'a', 1), b'%b' % bytearray(b'q'), b'%(x)d' % {b'x': 3})
