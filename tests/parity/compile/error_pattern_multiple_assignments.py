# Compiler error: multiple assignments to name 'x' in pattern
match v:
    case [x, x]:
        pass
