# Compiler error: alternative patterns bind different names
match v:
    case [a] | [b]:
        pass
