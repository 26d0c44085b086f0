s = 'hello'
print(list(s), tuple(s), set(s) == {'h', 'e', 'l', 'o'}, sorted(s), reversed(s).__class__.__name__, ''.join(reversed(s)))
print(list(enumerate(s, 1)), list(zip(s, s[1:])), 'l' in s, s.count('l'), min(s), max(s))
print(str(), str(1.0), str([1, 'a']), str(b'x'), str(b'\xc3\xa9', 'utf-8'), str(None))
