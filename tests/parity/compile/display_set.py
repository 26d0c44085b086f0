# Set displays: BUILD_SET for non-constants, constant sets become a frozenset + SET_UPDATE
a = {x}
b = {x, y}
c = {1, 2, 3}
d = {1, 2}
e = {1, x, 3}
f = {"a", "b", "c", 1.5}
