# Compiler error: alternative patterns bind different names (one alternative binds none)
match v:
    case 1 | x:
        pass
