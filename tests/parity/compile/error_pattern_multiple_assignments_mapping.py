# Compiler error: multiple assignments to a name across a mapping pattern and its **rest
match v:
    case {"a": rest, **rest}:
        pass
