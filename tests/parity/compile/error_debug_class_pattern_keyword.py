# Compiler error: the keyword name in a class pattern may not be __debug__
match v:
    case C(__debug__=1):
        pass
