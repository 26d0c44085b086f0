# Compiler error: an await inside a comprehension in a plain function
def f(items):
    return [await x for x in items]
