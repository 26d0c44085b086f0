# Compiler error: cannot assign to __debug__ (augmented assignment)
__debug__ += 1
