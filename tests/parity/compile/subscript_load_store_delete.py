# Subscripts: BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR, tuple indices
x = a[0]
a[1] = x
del a[2]
y = m[1, 2]
m[i, j] = y
del m[k, 1]
