# Many value cases compiled as a chain of compares
def f(x):
    match x:
        case 0: return "zero"
        case 1: return "one"
        case 2: return "two"
        case 3: return "three"
        case 4: return "four"
        case 5: return "five"
