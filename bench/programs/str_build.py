# String building: concatenation, f-strings, join, slicing and str methods.
def build(n):
    parts = []
    s = ""
    for i in range(n):
        t = f"{i}:{i * 7 % 13}"
        if i % 3 == 0:
            t = t.upper() + "x"
        parts.append(t)
        s += t[-2:]
        if len(s) > 1000:
            s = s[500:]
    joined = ",".join(parts)
    return len(joined), joined.count("1"), s[:20]

print(build(800000))
