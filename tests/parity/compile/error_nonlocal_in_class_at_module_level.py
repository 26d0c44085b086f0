# Symtable error: a class body's nonlocal with no enclosing function binding
class C:
    nonlocal x
