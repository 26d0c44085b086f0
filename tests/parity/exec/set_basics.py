s = {3, 1, 2}
s.add(5); s.add(1)
print(s, len(s), 2 in s, 4 not in s)
s.discard(10); s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
print(s.pop(), s)
print(set(), set('hello') == {'h', 'e', 'l', 'o'}, set([1, 1, 2]))
