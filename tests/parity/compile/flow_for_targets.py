# for loop targets: tuple unpacking, starred, attribute and subscript targets
def f(pairs, obj, d):
    for a, b in pairs:
        pass
    for a, *rest in pairs:
        pass
    for obj.attr in pairs:
        pass
    for d[0] in pairs:
        pass
    for (a, (b, c)) in pairs:
        pass
