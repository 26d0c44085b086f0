# Symtable error: name 'x' is nonlocal and global in the same function
def f():
    x = 1
    def g():
        nonlocal x
        global x
