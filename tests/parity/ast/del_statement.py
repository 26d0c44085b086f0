del x
del x, y
del x, y,
del (x)
del (x, y)
del (x, y),
del [x, y]
del [x, (y, z)]
del ()
del []
del x.attr
del x[0]
del x[1:2], x.a.b
del f().attr
del f()[0]
del (x.attr), [x[0]]
del x; del y
if True: del z
