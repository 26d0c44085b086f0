# Compiler error: 'break' outside loop
def f():
    break
