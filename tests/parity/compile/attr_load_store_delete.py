# Attribute access: LOAD_ATTR (no method bit), STORE_ATTR, DELETE_ATTR, chained attributes
obj.a = 1
x = obj.a.b.c
del obj.a
obj.b.c = obj.d
