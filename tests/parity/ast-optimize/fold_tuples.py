# tuple displays of constants become constants; others stay
a = (1, 2), (1, (2, 3)), (), ('a', b'b', None, ..., True, 1.5, 2j), (1, x), (*y, 1)
b = (1, -2), ((1,),), (1, (2, x))
(c, d) = (1, 2)
for (i, j) in ((1, 2), (3, 4)): pass
