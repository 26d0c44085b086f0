s = 'Hello, World ß ǅ'
print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize())
print('hello world'.title(), "they're bill's".title(), 'ABC'.isupper(), 'abc'.islower(), 'Ab Cd'.istitle())
