# Symtable error: at module level a global declaration after use is also an error
print(x)
global x
