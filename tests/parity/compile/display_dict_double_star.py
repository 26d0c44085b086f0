# ** unpacking in dict displays: DICT_UPDATE, groups between unpackings
a = {**x}
b = {1: 2, **x}
c = {**x, 3: 4}
d = {**x, **y}
e = {"a": 1, **x, "b": 2, "c": 3, **y}
