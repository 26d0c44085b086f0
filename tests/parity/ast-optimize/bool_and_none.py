a = True + True, True * 3, True & False, True | False, True ^ True, True & 1, 1 | False, True << 2
b = True / 2, False // 1, True ** -1, -False, True - 1.5, True == 1.0
c = None is None, ... , not ..., None == 0
