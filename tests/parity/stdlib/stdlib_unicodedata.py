# unicodedata (Unicode 15.1, in Java from tools/gen_unicodedata.py's table): digests of every property over
# a sample of code points, the four normalization forms, names and lookup, CPython's messages.
import unicodedata as u, hashlib
def digest(f, step=11):
    h = hashlib.sha1()
    for cp in range(0, 0x110000, step):
        h.update(repr(f(chr(cp))).encode())
    return h.hexdigest()[:12]
print(u.unidata_version, u.UCD)
print('category', digest(u.category))
print('bidi', digest(u.bidirectional))
print('comb', digest(u.combining))
print('eaw', digest(u.east_asian_width))
print('mirr', digest(u.mirrored))
print('decomp', digest(u.decomposition))
print('num', digest(lambda c: (u.decimal(c, None), u.digit(c, None), u.numeric(c, None))))
print('name', digest(lambda c: u.name(c, None)))
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    print(form, digest(lambda c: u.normalize(form, c), 13), digest(lambda c: u.normalize(form, c + '\u0301\u0323'), 53), digest(lambda c: u.normalize(form, 'a' + c + '\u0308'), 59))
tests = ['caf\u00e9', 'cafe\u0301', '\u1e9b\u0323', '\uac00\u11a8', '\u1100\u1161\u11a8', 'A\u030a\u0301', '\u2126', '\ufb01', '\u00c5\u0327', 'e\u0327\u0301', '\u0f73', '\U0001d15e', '\u0344', 'Å']
for t in tests:
    print([u.normalize(f, t).encode('ascii', 'backslashreplace') for f in ['NFC', 'NFD', 'NFKC', 'NFKD']], [u.is_normalized(f, t) for f in ['NFC', 'NFD', 'NFKC', 'NFKD']])
names = [u.name(chr(cp)) for cp in range(0, 0x110000, 397) if u.name(chr(cp), None)]
print(len(names), all(u.lookup(n) == u.lookup(n.lower()) for n in names if not n.startswith(('CJK UNIFIED', 'HANGUL SYLLABLE'))), sum(ord(u.lookup(n)) for n in names))
for f in [lambda: u.name('ab'), lambda: u.name(1), lambda: u.name('\x00'), lambda: u.lookup('xyz'), lambda: u.lookup('a'*300), lambda: u.decimal('a'), lambda: u.digit('a'), lambda: u.numeric('a'), lambda: u.normalize('X', 'a'), lambda: u.normalize('NFC', 1), lambda: u.is_normalized('NFD', 1), lambda: u.bidirectional('\U000e0080'), lambda: u.category(''), lambda: u.lookup(1), lambda: u.name('\uac01'), lambda: u.lookup('HANGUL SYLLABLE GAG'), lambda: u.lookup('cjk unified ideograph-4e00'), lambda: u.lookup('CJK UNIFIED IDEOGRAPH-4E00'), lambda: u.lookup('LATIN SMALL LETTER A WITH ACUTE'), lambda: u.lookup('latin small letter a'), lambda: u.combining(), lambda: u.name(), lambda: u.numeric('\u00bd'), lambda: u.decimal('\u0663'), lambda: u.digit('\u00b2'), lambda: u.name('\U0001F600'), lambda: u.lookup(b'SNOWMAN'), lambda: u.name('\U00017000'), lambda: u.lookup('tangut ideograph-17000')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
