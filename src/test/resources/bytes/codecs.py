# str.encode / bytes.decode: codecs, error handlers, UnicodeError fields (compared with CPython 3.13 by BytesParityTest)
tests = [
    "'\\ud800'.encode('utf-16')",
    "'\\ud800'.encode('utf-16-be')",
    "'\\ud800'.encode('utf-32')",
    "'\\ud800'.encode('utf-16', 'replace')",
    "'\\ud800x'.encode('utf-8', 'replace')",
    "'\\ud800'.encode('utf-8', 'backslashreplace')",
    "'\\ud800'.encode('latin-1', 'xmlcharrefreplace')",
    "b'\\xfe\\xffa'.decode('utf-16')",
    "b'\\xfe\\xff\\x00a\\xd8'.decode('utf-16')",
    "b'\\xff\\xfe\\x00\\x00a'.decode('utf-32')",
    "b'\\x80\\x81'.decode('utf-8', 'replace')",
    "b'\\xe2\\x82'.decode('utf-8', 'replace')",
    "b'\\xe2\\x82x'.decode('utf-8', 'replace')",
    "b'\\xf4\\x90\\x80\\x80'.decode('utf-8', 'replace')",
    "b'\\xc0\\x80'.decode('utf-8','replace')",
    "b'\\xed\\xa0\\x80'.decode('utf-8','replace')",
    "b'\\xf0\\x80'.decode('utf-8', 'replace')",
    "b'\\xe2\\x82'.decode('utf-8')",
    "b'\\xe2\\x28'.decode('utf-8')",
    "b'\\xf0\\x9f\\x98'.decode()",
    "b'a\\x80'.decode('utf-8', 'surrogateescape')",
    "'\\udc80'.encode('ascii', 'surrogateescape')",
    "'\\udc7f'.encode('ascii', 'surrogateescape')",
    "'\\udc7f'.encode('utf-8', 'surrogateescape')",
    "'\\ud800'.encode('utf-16-le', 'surrogatepass')",
    "b'\\x00\\xd8'.decode('utf-16-le', 'surrogatepass')",
    "'ab'.encode('ascii', 'namereplace')",
    "'\\x80'.encode('ascii', 'namereplace')",
    "b'\\x80'.decode('ascii', 'namereplace')",
    "'\\xe9'.encode('ascii', errors='strict')",
    "'a'.encode(encoding='ascii')",
    "'a'.encode(1)",
    "'a'.encode('ascii', 1)",
    "b'\\xe9'.decode('ascii', 'xmlcharrefreplace')",
    "b'\\xe9'.decode('utf-8', 'ignore')",
    "'\\U0001f600'.encode('ascii', 'xmlcharrefreplace')",
    "'\\U0001f600'.encode('ascii', 'backslashreplace')",
    "'\\xe9'.encode('utf-32-be')",
    "b'\\x00\\x00\\x00'.decode('utf-32-be')",
    "b'\\x00\\x00\\xd8\\x00'.decode('utf-32-be')",
    "b'\\x00\\x00\\xd8\\x00'.decode('utf-32-be', 'surrogatepass')",
    "'a\\ud800b\\udc00'.encode('utf-8', 'ignore')",
    "b'\\xff'.decode('latin-1')",
    "'\\u0100'.encode('latin-1', 'replace')",
    "b'\\xff'.decode('utf_8')",
    "b'a'.decode('UTF-8 ')",
    "b'a'.decode(' utf8')",
    "b'a'.decode('u8')",
    "b'a'.decode('utf')",
    "b'a'.decode('iso8859-1')",
    "b'a'.decode('l1')",
    "b'a'.decode('646')",
    "b'a'.decode('us')",
    "b'a'.decode('utf-16be')",
    "b'a\\x00'.decode('UTF16LE')",
    "str(b'\\xff', 'utf-8', 'replace')",
    "str(b'ab', 'ascii')",
    "str(bytearray(b'ab'), 'ascii')",
    "str('x', 'ascii')",
    "b'\\xe9abc\\xff'.decode('ascii', 'replace')",
    "b'\\xc3\\xa9'.decode('ascii')",
    "b'ab\\xe9\\xe9cd'.decode('ascii')",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r))
    except Exception as e:
        print(t, '!!', type(e).__name__, e, getattr(e, 'start', ''), getattr(e, 'end', ''))

def t(src):
    try:
        r = eval(src, globals())
        print(src, '->', ascii(r))
    except Exception as e:
        print(src, '!!', type(e).__name__, ascii(str(e)), ascii(getattr(e, 'object', '')), getattr(e, 'start', ''), getattr(e, 'end', ''), getattr(e, 'encoding', ''), getattr(e, 'reason', ''))
for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    for errs in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape', 'surrogatepass', 'namereplace']:
        for s in ['abc', 'h\xe9llo', '\u20ac\U0001f600', 'a\udc80b', 'x\ud800y']:
            t(f"{s!r}.encode({enc!r}, {errs!r})")
        for b in [b'abc', b'\xff\xfe\x00', b'\xc3\xa9\xe2\x82', b'\xed\xb2\x80a', b'\x00\xd8\x00\xdc', b'\x00\xdc', b'\xff\xfe\x00\x00\x00\x00\x11\x00', b'a\x00\x00\x00\x00\xd8\x00\x00']:
            t(f"{b!r}.decode({enc!r}, {errs!r})")
t("UnicodeEncodeError('ascii', 'abc', 1, 2, 'r').start"); t("UnicodeEncodeError('ascii', 'abc', 1, 2, 'r').args")
t("str(UnicodeEncodeError('ascii', 'abc', 5, 7, 'r'))"); t("str(UnicodeDecodeError('ascii', bytearray(b'abc'), 0, 1, 'r'))"); t("UnicodeDecodeError('ascii', bytearray(b'abc'), 0, 1, 'r').object")
t("repr(UnicodeDecodeError('ascii', b'abc', 0, 1, 'r'))"); t("UnicodeDecodeError('ascii', 'abc', 0, 1, 'r')"); t("UnicodeEncodeError('ascii', b'abc', 0, 1, 'r')"); t("UnicodeEncodeError('ascii', 'abc', 'x', 1, 'r')")
t("str(UnicodeError('x'))"); t("UnicodeError().encoding"); t("str(UnicodeEncodeError.__new__(UnicodeEncodeError))"); t("UnicodeTranslateError('abc', 0, 2, 'bad').encoding")
e = UnicodeDecodeError('utf-8', b'abc', 0, 1, 'bad'); e.reason = 'other'; e.start = 1; e.end = 3; print(str(e), e.args)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(repr(e), e.args, isinstance(e, ValueError), isinstance(e, UnicodeError))
t("'abc'.encode('UTF-8')"); t("'abc'.encode('Utf_16_LE')"); t("'abc'.encode('utf_16-be')"); t("'abc'.encode('latin')"); t("'abc'.encode('ISO-8859-1')"); t("'abc'.encode('us-ascii')")
t("'abc'.encode('')"); t("b'a'.decode('')"); t("'abc'.encode('utf-8', errors=None)"); t("b''.decode('utf-16')"); t("b'\\xff\\xfe'.decode('utf-16')"); t("''.encode('utf-16')"); t("''.encode('utf-32-le')")
t("str(b'abc', encoding='utf-8')"); t("str(b'abc', errors='strict')"); t("str(b'\\xff', errors='replace')")
