# List displays: empty, non-constant elements (BUILD_LIST)
a = []
b = [x]
c = [x, y, z]
d = [f(), g()]
