# Symtable error: 'yield' expression cannot be used within the definition of a generic
def f():
    class C[T]((yield)):
        pass
