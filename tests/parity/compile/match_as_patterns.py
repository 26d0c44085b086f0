# as-patterns: bind the subject of a subpattern, also around or-patterns
def f(x):
    match x:
        case [1, 2] as pair:
            return pair
        case (1 | 2) as small:
            return small
        case [(a, b) as inner, *rest] as whole:
            return inner, rest, whole
