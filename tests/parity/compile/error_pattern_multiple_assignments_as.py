# Compiler error: multiple assignments to name in an as-pattern over a capture of the same name
match v:
    case [a] as a:
        pass
