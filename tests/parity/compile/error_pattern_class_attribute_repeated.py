# Compiler error: attribute name repeated in class pattern
match v:
    case Point(x=1, x=2):
        pass
