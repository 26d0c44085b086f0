# Compiler error: 'yield' outside function, inside a class body
class C:
    yield
