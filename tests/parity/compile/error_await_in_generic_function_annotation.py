# Symtable error: await expression cannot be used within the definition of a generic
async def f():
    def g[T](x: (await y)):
        pass
