# str.casefold (full case folding, no final-sigma rule), isdecimal/isdigit/isnumeric/isalpha/
# isalnum over every code point, compared by a digest and by a sample of the differences a JDK's
# Character methods would give.
import hashlib

ALL = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))

def digest(text):
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]

for name in ("isdecimal", "isdigit", "isnumeric", "isalpha", "isalnum"):
    print(name, digest("".join(filter(getattr(str, name), ALL))))
print("casefold each", digest("".join(map(str.casefold, ALL))))
print("casefold all", digest(ALL.casefold()))

for s in ("ΣΑΣ", "ẞ", "ß", "ꭰ", "ﬃ", "İstanbul", "ǅ", "ŉ", "Straße", "abcDEF", "", "ΌΣΟΣ σ"):
    print(repr(s), repr(s.casefold()), s.isalpha(), s.isalnum())
for s in ("五", "\u0c78", "½", "²", "٣", "Ⅻ", "〇", "𝟘", "0x", "12"):
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
