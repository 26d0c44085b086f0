# unary operators on constants, and 'not' over a single comparison
a = -1, +1, ~1, not 1, not 0, -True, +False, ~True, not None, not (), not 'x', not 0.0, ~-1
b = not a is b, not a is not b, not a in b, not a not in b
c = not a == b, not a < b, not (a is b is c), not (a in b in c)
d = - - 1, --1.5, - (1 + 2), not not x, -(2 ** 63)
