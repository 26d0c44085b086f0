# TO_BOOL is dropped after COMPARE_OP (its bool bit is set), CONTAINS_OP and IS_OP; a plain name keeps it
def f(a, b):
    if a == b:
        return 1
    if not a in b:
        return 2
    if a is not b:
        return 3
    if not not a:
        return 4
