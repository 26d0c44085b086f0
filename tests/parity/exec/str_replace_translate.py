print('aaaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'hello'.replace('l', ''))
t = str.maketrans('abc', 'xyz', 'd')
print('abcdabcd'.translate(t), 'hello'.translate({ord('l'): 'L', ord('o'): None}))
print(str.maketrans({'a': '1'}))
