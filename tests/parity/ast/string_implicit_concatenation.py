a = 'abc' 'def'
b = 'abc' "def" """ghi""" '''jkl'''
c = ('multi'
     'line'
     "concatenation")
d = b'ab' b'cd'
e = b'ab' rb'\d'
f = 'a' r'\n' u'c'
g = f'{x}' 'plain'
h = 'plain' f'{x}'
i = 'plain' f'{x}' 'more' f'{y}' "end"
j = f'{a}' f'{b}' f'{c}'
k = u'a' 'b'
l = 'a' u'b'
m = ('' '')
n = '' f''
o = f'' ''
p = rf'{x}\d' '\n'
q = (f'{x}'
     f'{y!r}'
     'z')
r = 'a' \
    'b'
