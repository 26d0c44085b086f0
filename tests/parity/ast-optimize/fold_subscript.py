# subscripts of constants
a = 'abc'[1], 'abc'[-1], b'abc'[0], (1, 2, 3)[2], ('x', 'y')[-2], 'é\U0001F600'[1], 'abc'[True]
b = 'abc'[3], 'abc'[1.0], (1,)['a'], 'abc'[10 ** 30], b''[0], 1[0], None[1]
c = 'abc'[1:2], (1, 2)[::-1], x[0], 'abc'[i]
'abc'[0] = 1
del (1, 2)[0]
