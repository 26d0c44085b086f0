# Compiler error: cannot assign to __debug__ (with ... as target)
with x as __debug__:
    pass
