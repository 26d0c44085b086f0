# Compiler error: a guarded capture does not count, but the later bare capture still makes the rest unreachable
match v:
    case x if x:
        pass
    case y:
        pass
    case 2:
        pass
