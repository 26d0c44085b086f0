# Compiler error: a wildcard alternative that is not last in an or-pattern
match v:
    case _ | 1:
        pass
