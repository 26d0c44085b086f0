# CO_OPTIMIZED | CO_NEWLOCALS on functions; class bodies and the module have neither
class C:
    pass

def f():
    pass
