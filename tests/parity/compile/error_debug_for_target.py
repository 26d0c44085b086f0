# Compiler error: cannot assign to __debug__ (for target)
for __debug__ in x:
    pass
