f = frozenset([3, 1, 2])
print(f, len(f), 1 in f, f | {9}, f & {1, 7}, type(f | {9}).__name__, type({9} | f).__name__)
print({f: 'key'}[frozenset({1, 2, 3})], frozenset() == set(), f == {1, 2, 3})
try:
    f.add(1)
except AttributeError as e:
    print(e)
print(frozenset([frozenset([1])]), repr(frozenset()))
