b = b'Hello World'
print(b.lower(), b.swapcase(), b.title(), b.startswith(b'He'), b.endswith(b'x'), b.isalpha(), b'123'.isdigit())
print(b.partition(b' '), b.center(15, b'*'), b.ljust(13, b'.'), b'  x  '.lstrip(), b.count(b'l'))
print(b.decode('ascii'), b.split(), b.rsplit(b'o', 1), bytes(b'abc'), b.index(b'W'))
