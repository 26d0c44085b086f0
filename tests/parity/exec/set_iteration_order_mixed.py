print({1.5, 2.5, None, (1, 2), 'a', True, 0})
print(set(['b', 1, 'a', 2.0]))
d = {}
for w in 'one two three four five six seven'.split():
    d.setdefault(len(w), set()).add(w)
print(d)
