# Compiler error: 'await' outside async function, in a plain def
def f():
    await g()
