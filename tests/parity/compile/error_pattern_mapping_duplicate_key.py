# Compiler error: mapping pattern checks duplicate key ('a')
match v:
    case {"a": 1, "a": 2}:
        pass
