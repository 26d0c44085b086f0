a = 'abc'
b = a
a += 'd'
print(a, b, a is b)
print('ab' 'cd', 'x' + 'y' * 2, 'abc'[::-1] == 'cba')
