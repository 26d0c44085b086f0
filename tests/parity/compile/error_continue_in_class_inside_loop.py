# Compiler error: 'continue' not properly in loop, in a class body inside a loop
while x:
    class C:
        continue
