# Or-pattern nested inside a sequence with captures in each alternative
def f(x):
    match x:
        case [("a" | "b") as letter, (1 | 2) as digit]:
            return letter, digit
        case [(p, 1) | (1, p)]:
            return p
