# Compiler error: cannot assign to __debug__ (as-pattern)
match v:
    case [1] as __debug__:
        pass
