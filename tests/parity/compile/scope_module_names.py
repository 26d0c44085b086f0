# Module scope: LOAD_NAME / STORE_NAME / DELETE_NAME for plain names at top level
x = 1
y = x + z
del x
print(y)
