# Compiler error: an or-pattern whose first alternative is an irrefutable as-pattern
match v:
    case (a as b) | (b as a):
        pass
