# Singleton constants: None, Ellipsis, True, False
a = None
b = ...
c = True
d = False
e = (None, ..., True, False)
