# Negative numbers and complex literals in value patterns (folded by the parser/optimiser)
def f(x):
    match x:
        case -1:
            return 1
        case 1.5:
            return 2
        case 1 + 2j:
            return 3
        case -3 - 4j:
            return 4
        case 0j:
            return 5
