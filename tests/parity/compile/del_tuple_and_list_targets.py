# del with tuple and list targets deletes each element in order
del a, b
del (c, d), [e, f.g]
del [h[0], i.j]
