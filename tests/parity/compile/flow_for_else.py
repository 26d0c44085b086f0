# for ... else with break
def f(items, target):
    for i in items:
        if i == target:
            break
    else:
        return None
    return i
