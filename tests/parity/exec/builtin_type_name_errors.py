for v in (1, 'a', [], {}, (), set(), None, 1.0, 1j, b'', len, print, type, object()):
    print(type(v).__name__, end=' ')
print()
print(type(len), type(type.mro), type([].append), type(str.upper), type(int.__add__))
