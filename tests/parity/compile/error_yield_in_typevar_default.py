# Symtable error: 'yield' expression cannot be used within a TypeVar default
def f():
    class C[T = (yield)]:
        pass
