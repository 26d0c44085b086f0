# Starred elements in a set display: SET_UPDATE
a = {*x}
b = {1, *x}
c = {*x, *y, z}
