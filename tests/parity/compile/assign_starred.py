# Starred assignment targets: UNPACK_EX with counts before and after the star
first, *rest = items
*init, last = items
a, *mid, b, c = items
[x, *y] = items
(p, *q), r = items
