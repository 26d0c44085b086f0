# Value patterns: literals compared with ==, dotted names loaded and compared
def f(x):
    match x:
        case 1:
            return "one"
        case "two":
            return 2
        case b"three":
            return 3
        case Color.RED:
            return "red"
        case mod.Color.GREEN:
            return "green"
