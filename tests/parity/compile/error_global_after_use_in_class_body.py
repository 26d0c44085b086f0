# Symtable error: name used prior to global declaration inside a class body
class C:
    print(x)
    global x
