# Compiler error: wildcard makes remaining patterns unreachable
match v:
    case _:
        pass
    case 1:
        pass
