# Compiler error: cannot assign to __debug__ (star capture in a sequence pattern)
match v:
    case [*__debug__]:
        pass
