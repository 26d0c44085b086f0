print('abc'.center(4), '|' + 'abc'.center(6) + '|', 'ab'.center(5, '-'), ''.center(3, 'x'))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print(e)
