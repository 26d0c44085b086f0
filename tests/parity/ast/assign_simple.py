x = 1
x = y = z = 0
a = b = c.d = e[0] = f
value = None
flag = True
other = False
nothing = ...
