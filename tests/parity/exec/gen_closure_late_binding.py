def make():
    gens = []
    for i in range(3):
        gens.append((i * k for k in range(2)))
    return gens

print([list(g) for g in make()])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda i=i: i for i in range(3)]
print([f() for f in fs2])
