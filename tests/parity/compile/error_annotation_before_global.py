# Symtable error: global declaration after an annotation of the same name
def f():
    x: int
    global x
