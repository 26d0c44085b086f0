# charmap codecs (CPython's tables), utf-8-sig, undefined, non-text codecs (compared with CPython 3.13 by BytesParityTest)
def t(src):
    try:
        r = eval(src)
        print(src, '->', ascii(r))
    except Exception as e:
        print(src, '!!', type(e).__name__, ascii(str(e)), getattr(e, 'start', ''), getattr(e, 'end', ''))
for enc in ['cp1252', 'windows-1252', 'cp437', 'koi8_r', 'cp037', 'mac_roman', 'iso8859_15', 'latin9', 'cp1251', 'hp_roman8', 'tis_620', 'base64', 'hex', 'rot13', 'utf-8-sig', 'undefined', 'mbcs', 'bogus', 'palmos', 'cp65001']:
    for errs in ['strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
        t(f"'a\\u20ac\\xe9\\x81\\u0416\\udc90z'.encode({enc!r}, {errs!r})")
        t(f"b'a\\x80\\x81\\x8d\\xe9\\xff'.decode({enc!r}, {errs!r})")
for enc in ['utf-8-sig', 'undefined', 'rot13', 'base64', 'zlib', 'uu']:
    for errs in ['strict', 'replace', 'surrogateescape']:
        t(f"'a\\u20ac\\udc90z'.encode({enc!r}, {errs!r})")
        t(f"b'\\xef\\xbb\\xbfa\\x80\\xe2\\x82\\xac'.decode({enc!r}, {errs!r})")
        t(f"b'a\\x80'.decode({enc!r}, {errs!r})")
