# Patterns in a class body: captures and value names are mangled, class-pattern keywords are not
class C:
    match v:
        case Point(__x=1):
            pass
        case [__a, __b.c]:
            pass
