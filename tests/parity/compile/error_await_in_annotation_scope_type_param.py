# Symtable error: 'await' cannot be used within a TypeVar bound
async def f():
    def g[T: (await x)]():
        pass
