# Starred elements in a tuple display build a list then call INTRINSIC_LIST_TO_TUPLE
a = (*x,)
b = (1, *x)
c = (*x, *y, 3)
