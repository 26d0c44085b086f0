# A conditional expression whose test is a constant: the dead branch is removed
a = 1 if True else 2
b = x if 0 else y
