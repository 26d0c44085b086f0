# str.replace: counts, empty patterns, nothing found (the same object for an exact str).
s = "alpha,beta,gamma,delta"
print(s.replace("a", "b"), s.replace("a", "bb"), s.replace("a", ""), s.replace("ta", "TA", 1), s.replace("a", "x", 0))
print(s.replace("a", "x", -1), s.replace("zz", "y"), s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"), "abc".replace("abc", ""))
print(s.replace("zz", "y") is s, s.replace("a", "a") == s, "aaa".replace("aa", "b"), "aaaa".replace("aa", "a"))


class S(str):
    pass


t = S("abc")
r = t.replace("z", "y")
print(type(r).__name__, r, r is t, type(t.replace("a", "b")).__name__, "é日\U0001F600".replace("日", "x"), "é日".replace("", "."))
for bad in ((1, "a"), ("a", 1), ("a",), ("a", "b", "c")):
    try:
        "abc".replace(*bad)
    except TypeError as e:
        print("TypeError", e)
print("abc".replace(old="a", new="b") if False else "", "a.b.c".replace(".", "::", 1))
e = "a\U0001F600b\U0001F600"
print(ascii(e.replace("\ud83d", "x")), ascii(e.replace("\ude00", "x")), ascii(e.replace("\U0001F600", "x")), ascii(e.replace("\U0001F600", "\ud800", 1)))
print(ascii("\ud83dx\ud83d".replace("\ud83d", "y")), ascii(e.replace("b", "\ude00")))
