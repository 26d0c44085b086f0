# Several statements on one line separated by semicolons
a = 1; b = 2; c = a + b
def f(): x = 1; return x
