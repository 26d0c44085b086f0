# Symtable error: comprehension inner loop cannot rebind assignment expression target 'j'
def f(rows):
    return [i for i in rows if (j := 0) for j in rows]
