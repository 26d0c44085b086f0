# str.join and f-string building (PyStr.join): one pass, lengths, lone surrogates kept apart.
hi, lo = "\ud83d", "\ude00"
parts = [hi, lo]
j = "".join(parts)
print(len(j), j == "\U0001F600", [hex(ord(c)) for c in j], ascii(j))
f = f"{hi}{lo}"
print(len(f), f == "\U0001F600", ascii(f), ascii(hi + lo), len(hi + lo))
print(ascii("-".join([hi, "a", lo])), len("-".join([hi, "a", lo])), ascii(hi.join(["x", "y"])), ascii(lo.join([hi, hi])))
e = "\U0001F600"
print(len("".join([e, "a", e])), len(f"{e}{e}x"), "".join([e, e])[1] == e, f"{e}-{e}"[2] == e)
print(repr("".join([])), repr("x".join([])), repr(",".join(["a"])), ",".join("abc"), ",".join(("a", "b")))


class S(str):
    pass


r = ",".join([S("only")])
print(type(r).__name__, r, type(S("-").join(["a", "b"])).__name__, S("-").join(["a", "b"]))
r = "".join([S("x"), S("y")])
print(type(r).__name__, r, type(f"{S('a')}").__name__)
for bad in ([1], ["a", 2], [b"x"], 5, None):
    try:
        ",".join(bad)
    except TypeError as ex:
        print("TypeError", ex)
x, y = 3, "é"
s = f"{x}{y}{x!r:>4}{y!a}{'ü' * 3}{e}"
print(s, len(s), s[5], s[-1] == e, len(s * 2))
big = [str(i) for i in range(1000)]
print(len("".join(big)), len("+".join(big)), "".join(big)[-5:], hash("".join(["ab", "c"])) == hash("abc"))
