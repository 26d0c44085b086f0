# Symtable error: 'yield' inside list comprehension in a class body
class C:
    [(yield) for x in y]
