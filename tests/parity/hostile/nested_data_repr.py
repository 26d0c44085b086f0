# Deeply nested data: repr, str, ==, hash and len of structures nested far deeper than the
# recursion limit; and self-referential containers, which print with ... markers.
def nest(depth, wrap):
    x = 0
    for _ in range(depth):
        x = wrap(x)
    return x


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r if isinstance(r, (int, bool)) else len(r))
    except RecursionError as e:
        print(label, type(e).__name__, e)


for kind, wrap in [('list', lambda x: [x]), ('tuple', lambda x: (x,)), ('dict', lambda x: {'k': x}),
                   ('set', lambda x: {frozenset([x])} and frozenset([x]))]:
    deep = nest(100000, wrap)
    attempt(kind + ' repr', lambda: repr(deep))
    attempt(kind + ' str', lambda: str(deep))
    attempt(kind + ' eq', lambda: deep == nest(100000, wrap))
    shallow = nest(50, wrap)
    attempt(kind + ' shallow repr', lambda: repr(shallow))
    attempt(kind + ' shallow eq', lambda: shallow == nest(50, wrap))

attempt('tuple hash', lambda: hash(nest(100000, lambda x: (x,))))
attempt('frozenset hash', lambda: hash(nest(100000, lambda x: frozenset([x]))))

a = [1, 2]
a.append(a)
d = {'x': 1}
d['self'] = d
d['list'] = [d, a]
print(a, d)
print(repr(a) == str(a))
b = [a, [a]]
print(b)
print(a == a, a in a)
