# 'global' at module level is allowed and switches that name to STORE_GLOBAL / LOAD_GLOBAL
global a
a = 1
print(a)
