# Backslash continuations: the statement keeps its first line, operands their own lines
x = 1 + \
    2 + \
    y
if a and \
   b:
    pass
