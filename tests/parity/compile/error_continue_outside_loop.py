# Compiler error: 'continue' not properly in loop
if x:
    continue
