# Or-patterns of literals and of captures
def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case "a" | "b":
            return "letter"
        case [a] | (a, _):
            return a
