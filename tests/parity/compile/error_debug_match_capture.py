# Compiler error: cannot assign to __debug__ (capture pattern)
match v:
    case __debug__:
        pass
