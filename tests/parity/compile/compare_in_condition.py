# Comparisons in conditions: COMPARE_OP's "to bool" bit removes the TO_BOOL
def f(a, b):
    if a < b:
        return 1
    if a in b:
        return 2
    if a is b:
        return 3
