# Compiler error: cannot assign to __debug__ (**rest of a mapping pattern)
match v:
    case {**__debug__}:
        pass
