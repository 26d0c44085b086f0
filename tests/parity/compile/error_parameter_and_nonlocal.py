# Symtable error: name 'a' is parameter and nonlocal
def f():
    a = 1
    def g(a):
        nonlocal a
