# 'in' and 'not in' with a list or set display on the right
a = x in [1, 2, 3], x not in [1, y], x in [], x in [*y], x in [1, [2]]
b = x in {1, 2, 3}, x not in {'a', 'b', 'c'}, x in {1, y}, x in {*y}
c = x in {3, 1, 2, 2, 3.0, True, 1.0}, x in {-1, -2, 2 ** 62, 2 ** 64, 0.5, 1j}
d = x in {'spam', 'eggs', 'ham', 'a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff', 'gggggg'}
e = x in {(1, 2), (1, 2), ('a', None), b'x', None, ...[0] if 0 else None}
f = x == [1, 2], x < [1], a in b in [1, 2], a in [1, 2] in b
g = x in {frozenset_elt for frozenset_elt in ()}
