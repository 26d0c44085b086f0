# Symtable error: rebinding the iteration variable of an enclosing comprehension
def f(rows):
    return [[x := 1 for y in row] for x in rows]
