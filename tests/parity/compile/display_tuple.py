# Tuple displays: constant tuples are folded, others use BUILD_TUPLE
a = ()
b = (1,)
c = (1, 2, 3)
d = (x, y)
e = (1, x)
f = ((1, 2), (3, 4))
g = (1, (2, x))
