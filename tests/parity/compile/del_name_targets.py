# del of names in every scope: DELETE_NAME, DELETE_FAST, DELETE_GLOBAL, DELETE_DEREF
x = 1
del x

def f():
    global g
    a = 1
    del a
    del g
    b = 2
    def inner():
        return b
    del b
