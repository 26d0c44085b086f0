# Compiler error: asynchronous comprehension outside of an asynchronous function
def f(aitems):
    return [x async for x in aitems]
