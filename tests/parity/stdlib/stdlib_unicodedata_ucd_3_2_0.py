# unicodedata.ucd_3_2_0: the Unicode 3.2 database idna and stringprep use, beside the current one.
import encodings.idna
import hashlib
import stringprep
import unicodedata

o = unicodedata.ucd_3_2_0
print(type(o).__name__, type(o).__module__, o.unidata_version, unicodedata.unidata_version)
print(sorted(n for n in dir(o) if not n.startswith("_")))

# characters Unicode 3.2 did not have, or described differently
for c in ["\u0221", "\u0294", "\u00b2", "\u07c0", "\u20ac", "\u2f868"[0], "\U0002f868", "\u4e00", "\u9fa6", "\U0001f600",
          "\u0e33", "\uac00", "\u1e9e", "\u00e9", "\u0301", "\u0660"]:
    print("U+%04X" % ord(c), repr(o.category(c)), repr(unicodedata.category(c)), repr(o.bidirectional(c)),
          o.combining(c), o.east_asian_width(c), o.mirrored(c), repr(o.decomposition(c)),
          o.name(c, None), o.decimal(c, None), o.digit(c, None), o.numeric(c, None))

# the five normalization corrections of 3.2, and unassigned characters left undecomposed
for s in ["\U0002f868", "\U0002f874", "\U0002f91f", "\U0002f95f", "\U0002f9bf", "\u1e9b\u0323", "\u0344", "\ufb2c",
          "\u1f80\u0345", "\u01c4", "\uac01", "\U0001d15e", "\u2adc", "\U0001f1e6\u0301"]:
    print(ascii(s), [ascii(o.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [o.is_normalized(f, s) for f in ("NFC", "NFD")], ascii(unicodedata.normalize("NFD", s)))

print(o.lookup("LATIN SMALL LETTER A WITH ACUTE"), o.lookup("HANGUL SYLLABLE GAG"), o.lookup("CJK UNIFIED IDEOGRAPH-4E00"))
for name in ["EURO SIGN", "NKO DIGIT ZERO", "GRINNING FACE", "CJK UNIFIED IDEOGRAPH-9FA6", "NO SUCH THING"]:
    try:
        print(name, ascii(o.lookup(name)), ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(name, "KeyError", e)

for call in (lambda: o.category(1), lambda: o.category("ab"), lambda: o.name("\u0221"), lambda: o.decimal("x"),
             lambda: o.normalize("NFX", "a"), lambda: o.normalize("NFC", b"a"), lambda: type(o)(),
             lambda: unicodedata.UCD.category(o, "a"), lambda: o.digit("\u07c0", "none")):
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)

# every property of a sample of code points, as digests
h = {k: hashlib.md5() for k in ("props", "names", "norm")}
for cp in list(range(0, 0x3400, 3)) + list(range(0x3400, 0x110000, 97)):
    if 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    h["props"].update(repr((o.category(c), o.bidirectional(c), o.combining(c), o.east_asian_width(c), o.mirrored(c),
                            o.decimal(c, None), o.digit(c, None), o.numeric(c, None), o.decomposition(c))).encode())
    h["names"].update(repr(o.name(c, None)).encode())
    h["norm"].update(ascii([o.normalize(f, c + "\u0327\u0301") for f in ("NFC", "NFD", "NFKC", "NFKD")]).encode())
print({k: v.hexdigest() for k, v in h.items()})

# what it is for: IDNA (RFC 3490 nameprep) and stringprep's tables
for name in ["bücher.de", "Bücher.example", "straße.de", "ÖBB.at", "例え.テスト", "пример.испытание", "xn--bcher-kva.de"]:
    print(name, name.encode("idna"), name.encode("idna").decode("idna"))
print(b"xn--n3h.example".decode("idna"), encodings.idna.nameprep("Ḱ\u00adABC"), encodings.idna.ToASCII("münchen"))
for bad in ["a" * 64 + ".de", "\u0221.com", "ab\u0627.de"]:
    try:
        print(bad.encode("idna"))
    except UnicodeError as e:
        print(type(e).__name__, e)
print(stringprep.in_table_a1("\u0221"), stringprep.in_table_a1("a"), stringprep.in_table_b1("\u00ad"),
      stringprep.map_table_b2("ẞ"), stringprep.map_table_b3("Ä"), stringprep.in_table_c12("\u3000"),
      stringprep.in_table_d1("\u05d0"), stringprep.in_table_d2("a"))
