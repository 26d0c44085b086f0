# Compiler error: multiple starred names in sequence pattern
match v:
    case [*a, *b]:
        pass
