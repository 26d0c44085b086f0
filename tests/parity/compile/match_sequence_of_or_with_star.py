# A star capture and or-patterns inside one sequence pattern
def f(x):
    match x:
        case [1 | 2, *rest, "a" | "b"]:
            return rest
