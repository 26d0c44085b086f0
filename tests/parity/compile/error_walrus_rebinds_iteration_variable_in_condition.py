# Symtable error: an assignment expression in a comprehension's if clause rebinds its iteration variable
def f(rows):
    return [i for i, j in rows if (j := i)]
