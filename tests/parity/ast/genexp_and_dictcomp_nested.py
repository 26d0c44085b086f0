((x, y) for x in (a for a in b) for y in {c for c in d})
{k: {kk: vv for kk, vv in v.items()} for k, v in m.items()}
[[[z for z in y] for y in x] for x in w]
{x: [y for y in range(x) if y % 2] for x in range(5) if x}
sum(sum(row) for row in matrix)
any(all(c for c in row) for row in grid)
max((len(w), w) for w in words)
dict((k, v) for k, v in pairs)
next((x for x in y if x), None)
