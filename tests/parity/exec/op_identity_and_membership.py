a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(1 in a, 3 not in a, 'b' in 'abc', 'ac' in 'abc', '' in 'abc')
print(2 in {1: 'a', 2: 'b'}, 'a' in {1: 'a'}, (1, 2) in [(1, 2)], 1 in range(0, 10, 2))
