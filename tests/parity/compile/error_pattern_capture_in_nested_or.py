# Compiler error: name capture makes remaining patterns unreachable inside a nested or-pattern
match v:
    case [x | 1]:
        pass
