# Compiler error: 'break' outside loop, in a function defined inside a loop
for x in items:
    def f():
        break
