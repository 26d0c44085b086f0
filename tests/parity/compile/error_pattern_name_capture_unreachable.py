# Compiler error: name capture 'x' makes remaining patterns unreachable
match v:
    case x:
        pass
    case 1:
        pass
