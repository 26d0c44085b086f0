# s += t and s = s + t chains (built in place in a shared buffer by pyjama): aliases keep
# their value, two names appending onto one prefix, non-BMP and surrogate characters, str
# subclasses, hashing, dict keys, join/format/methods of built strings, threads.
import sys
import threading

# += chain, and an alias taken in the middle keeps its value
s = ""
aliases = []
for i in range(50):
    s += "ab"
    if i % 10 == 0:
        aliases.append(s)
print(len(s), s[:6], s[-6:])
print([len(a) for a in aliases], aliases[1])
a = s
s += "x"
print(a[-3:], s[-3:], len(a), len(s), a is s)

# two names appending onto the same prefix: neither sees the other's text
base = ""
for c in "prefix":
    base += c
left = base
right = base
left += "-L"
right += "-R"
left += "1"
right += "2"
print(base, left, right)
b2 = base + "!"
b3 = base + "?"
print(b2, b3, base)

# s = s + t and (a + b) + c chains past the buffering threshold
t = ""
for i in range(700):
    t = t + str(i % 10)
print(len(t), t[:12], t[-12:], t.count("7"))
u = t + "A" + "B" + "C"
v = t + "D"
print(u[-4:], v[-2:], len(t), len(u), len(v))

# non-BMP characters: len and indexing count code points
e = ""
for ch in ["a", "\U0001F600", "b", "\U00010348", "\u00e9", "\u4e2d"]:
    e += ch
    e += ch
print(len(e), ascii(e), ascii(e[1]), ascii(e[2]), ascii(e[-1]), e.index("b"))
e2 = e
for _ in range(200):
    e2 += "\U0001F601"
print(len(e2), ascii(e2[12]), ascii(e2[-1]), e2.count("\U0001F601"), len(e))

# lone surrogates stay separate code points
h = "x"
h += "\ud800"
h += "\udc00"
print(len(h), ascii(h), [hex(ord(c)) for c in h])
h2 = "\ud83d"
h2 += "\ude00"
print(len(h2), ascii(h2), h2 == "\U0001F600")

# str subclasses are never extended in place; their + gives an exact str
class S(str):
    pass

p = S("sub")
q = p
p += "x"
print(type(p).__name__, p, type(q).__name__, q)
r = S("base")
w = "w"
w += r
w += r
print(type(w).__name__, w)
built = ""
for c in "abc":
    built += c
sb = S(built)
built += "d"
print(type(sb).__name__, sb, built)

# hashing, equality and dict keys of built strings
k = ""
for c in "key":
    k += c
print(hash(k) == hash("key"), k == "key", k != "kez", k < "kez")
d = {k: 1}
k += "2"
d[k] = 2
print(d, d["key"], d["key2"], "key" in d, sorted(d))
names = {}
for i in range(5):
    n = "n"
    n += str(i)
    names[n] = i
print(names, names["n3"])
print(sys.intern(k) == "key2", sys.intern(k) is sys.intern("key" + "2"))

# join, format, methods and comparisons of built strings
parts = []
acc = ""
for w2 in ["alpha", "beta", "gamma"]:
    acc += w2
    parts.append(acc)
    acc += " "
print("|".join(parts), "-".join([acc, acc]))
print(f"{acc!r} {acc:>30} {len(acc)}", "%s/%d" % (acc, len(acc)), "{0}{0}".format(acc[:5]))
print(acc.split(), acc.upper(), acc.replace("a", "A"), acc.strip() < "beta", acc > "alpha")
print(acc.startswith("alpha b"), acc.endswith("gamma "), acc.find("gamma"), acc[::-1][:6])
print(repr(acc * 2), acc.encode(), ord(acc[0]), str(acc), acc.__add__("!"))
m = "m"
m += "é"
m += "\n"
print(repr(m), m.encode("utf-8"), m.casefold(), ascii(m))

# an empty operand, and the result of += of an empty string
z = ""
z += ""
print(repr(z), len(z))
z += "q"
z += ""
print(repr(z), len(z))

# threads appending to the same left string: every result is that string plus its own suffix
shared = ""
for c in "shared:":
    shared += c
results = {}

def work(tag):
    out = []
    for i in range(300):
        x = shared
        x += tag
        x += str(i)
        out.append(x)
    results[tag] = out

ths = [threading.Thread(target=work, args=(t2,)) for t2 in ("A", "B", "C", "D")]
for th in ths:
    th.start()
for th in ths:
    th.join()
ok = all(results[t2][i] == "shared:" + t2 + str(i) for t2 in results for i in range(300))
print(ok, shared, sorted(results), len(results["A"]))

# a long chain, then reads of it
big = ""
for i in range(100000):
    big += "ab"
print(len(big), big[:4], big[-4:], big.count("ab"), hash(big) == hash("ab" * 100000))
