# Mapping pattern with **rest: copies the subject into a dict and deletes the matched keys
def f(x):
    match x:
        case {"a": a, **rest}:
            return a, rest
        case {**rest}:
            return rest
