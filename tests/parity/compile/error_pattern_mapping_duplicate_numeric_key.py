# Compiler error: mapping pattern duplicate key where 1 and 1.0 are equal
match v:
    case {1: x, 1.0: y}:
        pass
