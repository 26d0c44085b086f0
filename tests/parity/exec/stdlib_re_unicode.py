# Case-insensitive and Unicode matching of CPython's re package on pyjama's _sre: the case
# folding and character classes follow CPython 3.13's Unicode 15.1 tables; str subjects are
# indexed by code point (astral characters, lone surrogates); bytes subjects by byte.
import sys
import _sre
stdlib = [p for p in sys.path if p.endswith("python3.13")][0]
stub = type(sys)("re")
stub.__path__ = [stdlib + "/re"]
sys.modules["re"] = stub
import builtins
try:
    memoryview(b"")
except TypeError:
    # pyjama has no memoryview yet; re._compiler only casts bytes to 32-bit words with it
    class memoryview:
        itemsize = 4

        def __init__(self, b):
            self.b = bytes(b)

        def cast(self, fmt):
            return self

        def __len__(self):
            return len(self.b) // 4

        def tolist(self):
            return [int.from_bytes(self.b[i:i + 4], "little") for i in range(0, len(self.b), 4)]

    builtins.memoryview = memoryview
import re._compiler as _compiler
compile = _compiler.compile
I, A, L = 2, 256, 4

for pat, flags, s in [
    ("σ", I, "Σσς"), ("ß", I, "ẞßss"), ("k", I, "Kk\u212a"), ("[k-m]+", I, "KLM\u212a"), ("i", I, "Iiİı"),
    ("ǅ", I, "Ǆǅǆ"), ("[ǅ]", I, "Ǆǅǆ"), ("µ", I, "µΜμ"), ("ſ", I, "sSſ"), ("ﬀ", I, "ﬀFF"),
    ("[a-z]+", I | A, "ABCdef\u212a"), ("k", I | A, "Kk\u212a"), ("\\w+", 0, "naïve café ２３ ٣"),
    ("\\d+", 0, "١٢٣ ४५ 12 ²³"), ("\\s+", 0, "a\u00a0\u2003\u3000\x1c\x85b"), ("\\w+", A, "naïve"),
    ("(?m)^.+$", 0, "a\u2028b\nc\rd"), ("\\b\\w", 0, "éa ğb"), ("[\U00010400-\U0001044f]+", I, "\U00010400\U00010428x"),
    (".", 0, "a\U0001F600"), ("\U0001F600+", 0, "\U0001F600\U0001F600!"), ("[^a]", 0, "\ud800\udc00"),
    ("\ud800", 0, "x\ud800y"), ("(.)(.)", 0, "\ud83d\ude00"),
]:
    p = compile(pat, flags)
    print(ascii(pat), flags, ascii(p.findall(s)), [m.span() for m in p.finditer(s)])

for pat, flags, s in [
    (rb"(?i)\xe9", 0, b"\xe9\xc9"), (rb"\w+", 0, b"caf\xe9 ok"), (rb"(?i)[a-z]+", 0, b"ABC\xc0\xe0"),
    (rb"\w+", L, b"caf\xe9 ok"), (rb"(?i)k", L, b"Kk"), (rb"\s", 0, b"\x1c\x85\xa0 "), (rb".", 0, b"\n\x00"),
]:
    p = compile(pat, flags)
    print(pat, flags, p.findall(s), p.findall(bytearray(s)))

print(_sre.unicode_iscased(ord("ǅ")), _sre.unicode_tolower(ord("ẞ")), _sre.unicode_tolower(ord("Σ")))
print(compile(r"(a|b)*c", 0).match("ab" * 30000 + "c").end(), len(compile(r"(?:x|y)+?z", 0).findall("xy" * 20000 + "z")))
print(compile(r"((((((((((a))))))))))\10", 0).match("aa").groups())
