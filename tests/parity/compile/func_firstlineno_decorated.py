# A decorated function's co_firstlineno is the first decorator's line
@decorator

def f():
    return 1
