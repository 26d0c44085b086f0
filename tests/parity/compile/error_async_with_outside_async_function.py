# Compiler error: 'async with' outside async function
def f():
    async with lock:
        pass
