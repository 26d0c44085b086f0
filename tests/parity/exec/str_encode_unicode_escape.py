# str.encode / bytes.decode with the escape codecs (pytest escapes parametrize ids with unicode_escape)
for s in ["plain", "tab\there\n", "back\\slash", "caf\xe9", "\u1234\U0001f600", "\x00\x7f", "'quote\""]:
    e = s.encode("unicode_escape")
    r = s.encode("raw_unicode_escape")
    print(e, r, e.decode("unicode_escape") == s, r.decode("raw-unicode-escape") == s)
print(b"\\x41\\u00e9\\N{BULLET}".decode("unicode_escape"))
for bad in [b"\\x4", b"\\u12", b"\\N{NO SUCH NAME}"]:
    try:
        bad.decode("unicode_escape")
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print(b"\\x4".decode("unicode_escape", "replace"))
