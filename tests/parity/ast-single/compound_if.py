if x:
    pass
else:
    y = 2
