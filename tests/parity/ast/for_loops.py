for x in y:
    pass
for x in y:
    pass
else:
    pass
for a, b in pairs:
    pass
for (a, b) in pairs:
    pass
for [a, b] in pairs:
    pass
for a, *b in rows:
    pass
for *a, b in rows:
    pass
for (a, (b, c)) in nested:
    pass
for x.attr in y:
    pass
for x[0] in y:
    pass
for x, in y:
    pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
for x in a if b else c:
    pass
for x in lambda: y:
    pass
for i in range(10): print(i)
