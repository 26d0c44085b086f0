# Symtable error: 'yield' expression cannot be used within a TypeVar bound
def f():
    class C[T: (yield)]:
        pass
