# Compiler error: an irrefutable alternative that is not last in an or-pattern
match v:
    case x | 1:
        pass
