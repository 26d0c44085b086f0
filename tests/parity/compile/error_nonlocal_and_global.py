# Symtable error: name 'x' is nonlocal and global
def f():
    x = 1
    def g():
        global x
        nonlocal x
