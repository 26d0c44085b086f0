# Compiler error: multiple starred expressions in assignment
a, *b, c, *d = e
