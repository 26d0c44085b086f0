# Expressions of every precedence level, comprehensions, slicing, walrus.
a = b = c = 1
d, *e = f, g = (1, 2, 3), [4]
a += 1; b -= 2; c *= 3; a /= 4; b //= 5; c %= 6; a **= 2
b <<= 1; c >>= 1; a &= 7; b |= 8; c ^= 9
x = -a + +b - ~c * d[0] / 2 // 3 % 4 ** -5 @ e if a else not b
y = a < b <= c > d >= e != f == g in h not in i is j is not k
z = a or b and not c or (d and e)
w = a | b ^ c & d << 2 >> 3
v = [i * j for i in range(3) if i for j in range(i) if j % 2]
u = {k: v for k, v in zip("abc", range(3))}
t = {*range(3), *"xy"}
s = (n for n in range(10) if (m := n * 2) > 4)
r = lst[1:2], lst[::2], lst[:-1], lst[1:], lst[:], lst[a:b:c], m[1, 2:3, ...]
q = func(*args, **kwargs, key=value)(1)(2)[3].attr.other
p = lambda: (yield)
o = 1_000_000 + 0x_FF + 0o17 + 0b1010 + 1.5e-10 + .5 + 5. + 3j + 1_0.0_1e+1_0J
n = 'single' "double" '''triple''' """triple double""" r'\raw'
nb = b'bytes' rb'\x00' Br"x"
l = f"{a}" f'{b!r:>10}' f"{c=}" f"""{d:{e}.{f}}""" rf"{g}\n" f"{'nested' + f'{h}'}"
k = u"unicode" "\N{BULLET} \u2022 \U0001F600 \x41 \101 \t\n\\"
j = not not not a
i = a if b else c if d else e
h = [*a, *b], (*c,), {**d, **e}
g = print(*[1], sep="", end="\n")
f = (yield_ := 5)
e = ...
d = None, True, False
del a, b[0], c.d
ñame = "unicode identifier"
𝔘 = ñame
