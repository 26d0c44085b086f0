# Symtable error: assignment expression within a comprehension cannot be used in a class body
class C:
    values = [(last := v) for v in range(3)]
