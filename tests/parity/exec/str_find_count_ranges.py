# find/rfind/index/count/startswith/endswith with start and end on BMP strings, strings with
# characters beyond the BMP, and built strings; and the method form on built-in objects
# (s.m(...), lst.append(...)) at one call site that sees several types.
cases = ["banana", "b\U0001F600nan\U0001F600a", "\u00e9t\u00e9 \u4e2d\u6587 \u00e9t\u00e9", "", "aaaa"]
built = ""
for c in "mississippi":
    built += c
cases.append(built)
for s in cases:
    for sub in ["a", "an", "\U0001F600", "\u00e9", "ss", "", "zz", "aa"]:
        row = []
        for st, en in [(None, None), (1, None), (2, 5), (-3, None), (0, -1), (10, 2), (-100, 100)]:
            args = () if st is None else (st,) if en is None else (st, en)
            row.append((s.find(sub, *args), s.rfind(sub, *args), s.count(sub, *args),
                        s.startswith(sub, *args), s.endswith(sub, *args)))
        print(ascii(s), ascii(sub), row)
    try:
        s.index("q")
    except ValueError as e:
        print("index", e)
print(built.count("s"), built.count("i", 2), built.count("p", 0, 9), built.find("ss", 3), built.rfind("ss", 0, 6))
print("\U0001F600".count("\U0001F600"), "x\U0001F600x".count("x"), "x\U0001F600x".find("x", 1))
print(built.startswith(("x", "mis")), built.endswith(("pi", "x"), 3), built.startswith("iss", 1, 3))

def calls(objs):
    out = []
    for o in objs:
        out.append(o.count(o[0]))
        out.append(o.index(o[-1]))
    return out

print(calls(["abca", [1, 2, 1], (3, 3, 4), b"xyx", "\U0001F600a\U0001F600"]))

class L(list):
    def count(self, x):
        return -1

print(calls([[5, 5], L([5, 5]), "55"]))
acc = []
for o in [[], [], L()]:
    o.append(1)
    acc.append(o)
print(acc, [type(a).__name__ for a in acc])
