# str slices with steps and the is*() predicates (StrMethods: char loops for BMP strings).
samples = ["", "a", "abc", "héllo wörld", "ΑβΓ", "日本語", "a\U0001F600b", "\ud800x", "x\udc00", "12٣", "Ⅻ", " \t\n\x0b\x0c\r\x1c\u2028\xa0"]
for s in samples:
    print(ascii(s), ascii(s[::-1]), ascii(s[::2]), ascii(s[1::3]), ascii(s[-1::-2]), ascii(s[5:0:-1]), ascii(s[::-100]))
    print("  ", s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isdecimal(), s.isnumeric(), s.isupper(), s.islower())
print(len("abc"[::-1]), "abc"[::-1] == "cba", "abcdef"[::2] is not None, hash("abc"[::-1]) == hash("cba"))


class S(str):
    pass


print(type(S("abc")[::-1]).__name__, S("abc")[::-1], S("abc")[::-1].isalpha())
