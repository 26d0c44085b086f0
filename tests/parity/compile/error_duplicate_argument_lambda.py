# Symtable error: duplicate argument in a lambda
f = lambda x, x: x
