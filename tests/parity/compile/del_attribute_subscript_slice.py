# del of attributes, subscripts and slices
del obj.attr
del obj.a.b
del seq[0]
del seq[1:2]
del seq[::2]
del m[i, j]
