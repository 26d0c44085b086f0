# match inside a generator, with a yield in a case body and a guard
def gen(items):
    for x in items:
        match x:
            case [a, b] if a:
                yield a
            case {"k": v}:
                yield v
