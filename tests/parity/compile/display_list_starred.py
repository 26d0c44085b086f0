# Starred elements in list displays: LIST_EXTEND, mixed with plain items
a = [*x]
b = [1, *x, 2]
c = [*x, *y]
d = [*x, 1, 2, 3]
