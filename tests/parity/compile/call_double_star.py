# **kwargs mixing: BUILD_MAP, DICT_MERGE, keyword after **
f(**a)
f(**a, **b)
f(x=1, **a)
f(**a, y=2)
f(x=1, **a, y=2, **b)
