assert a[0] = 1
