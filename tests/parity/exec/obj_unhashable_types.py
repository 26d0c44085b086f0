for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    {1, 2, {3}}
except TypeError as e:
    print(e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
