# Compiler error: multiple assignments to a name in nested sequence patterns
match v:
    case [a, [b, a]]:
        pass
