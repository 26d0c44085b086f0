# int(str) in its short decimal shortcut and just outside it, and str.capitalize on ASCII
# and non-ASCII text.
cases = ["0", "7", "-7", "+7", "00", "-00", "007", "12345678901234567", "123456789012345678",
         "1234567890123456789", "-999999999999999999", "9223372036854775807", "-9223372036854775808",
         "9223372036854775808", " 5", "5 ", "5_000", "_5", "5_", "-", "+", "", "0x10", "1e3", "٣",
         "12a", "--1", "+-1", "\t42\n", "0_0", "10_"]
for base in (10, 0, 16, 2):
    for c in cases:
        try:
            print(base, repr(c), int(c, base))
        except ValueError as e:
            print(base, repr(c), "ValueError", e)
print([int(c) for c in ("1", "22", "-333")], int("0" * 17), int("-" + "9" * 17))


class S(str):
    pass


print(int(S("42")), type(int(S("42"))).__name__)
for s in ["", "a", "A", "hello", "HELLO", "hELLO wORLD", "123abc", "_x", "ß", "ßa", "éCOLE",
          "ǆemal", "\x7f", "ÿ", "ﬁsh", "ΣΑΣ", "@bc", "Zz", "a\x00B"]:
    print(repr(s), repr(s.capitalize()))
print(S("abc").capitalize(), type(S("abc").capitalize()).__name__)
