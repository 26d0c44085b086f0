a = ((1 + 2) * (3 + 4), [1 + 1, 2 * 2], {1 + 1: 2 * 2}, f(1 + 1, k=2 * 2))
b = lambda: 1 + 1, (x := 1 + 1), x if 1 + 1 else 2 + 2, f'{1 + 1}{x!r:{2 * 2}}'
c = [i * 2 for i in range(1 + 1) if i > 2 - 1]
with open(1 + 1) as f[1 + 1]: pass
try:
    raise E(1 + 1) from E(2 + 2)
except (1 + 1, 2) as e:
    del x[1 + 1]
global g
while 1 + 1: break
x += 1 + 1
x[1:2 + 2:-(1)]
await_ = f(*(1, 2), **{1: 1 + 1})
