# Compiler error: 'return' outside function, inside a class body
class C:
    return 1
