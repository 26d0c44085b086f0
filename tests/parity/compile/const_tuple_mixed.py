# Constant tuples of mixed types, nested tuples, and a tuple containing a frozenset
a = (1, "two", 3.0, b"four", None, True, 5j, ...)
b = ((1, 2), ("a", ("b", ("c",))))
c = (1, (2, (3, (4, (5,)))))
d = ()
